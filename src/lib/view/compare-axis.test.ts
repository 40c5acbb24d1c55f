import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simulate } from '../simulate';
import { buildSharedAxes, plotX, RULER_MIN_GAP_PX, rulerTicks } from './compare-axis';
import { uOfTime } from './event-axis';
import { mergePlayerQuery, readKnobParams, sameRelativePlace, writeKnobParams } from '../player/knob-url';
import { parseScenarioMeta } from '../scenario-meta';

const root = resolve(import.meta.dirname, '../../..');
const trace = (id: string) =>
  simulate(readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8'), { file: `${id}.py` }).events;

describe('shared compare axis', () => {
  const a = trace('say_after_sequential');
  const b = trace('say_after');
  const shared = buildSharedAxes(a, b);

  it('puts the same virtual time at the same place in both traces', () => {
    for (const [i, events] of [a, b].entries()) {
      const axis = shared.axes[i];
      for (let s = 1; s < events.length; s++) expect(axis.uOfSeq[s]).toBeGreaterThan(axis.uOfSeq[s - 1]);
      const other = [b, a][i];
      const common = [...new Set(events.map((e) => e.t))].filter((t) => other.some((e) => e.t === t));
      expect(common.length).toBeGreaterThan(1);
      for (const t of common) {
        const here = axis.uOfSeq[events.findIndex((e) => e.t === t)];
        const there = shared.axes[1 - i].uOfSeq[other.findIndex((e) => e.t === t)];
        expect(here).toBeCloseTo(there, 9);
      }
    }
    expect(shared.axes[0].totalUnits).toBe(shared.axes[1].totalUnits);
  });

  it('at every step, each trace shows its last event at or before that moment', () => {
    for (let k = 0; k < shared.steps.length; k++) {
      if (k > 0) expect(shared.uOfStep[k]).toBeGreaterThan(shared.uOfStep[k - 1]);
      for (const [i, events] of [a, b].entries()) {
        const c = shared.cursors[i][k];
        expect(events[c].t).toBeLessThanOrEqual(shared.steps[k].t);
        if (c + 1 < events.length) expect(shared.axes[i].uOfSeq[c + 1]).toBeGreaterThan(shared.uOfStep[k]);
      }
    }
    const last = shared.steps.length - 1;
    expect([shared.cursors[0][last], shared.cursors[1][last]]).toEqual([a.length - 1, b.length - 1]);
    expect(shared.steps[last].t).toBe(3);
  });
});

describe('one ruler for both timelines', () => {
  const a = trace('say_after_sequential');
  const b = trace('say_after');
  /** Axis units of the first event at time t in a trace (where that trace draws time t). */
  const firstAt = (events: typeof a, uOfSeq: Float64Array, t: number) => uOfSeq[events.findIndex((e) => e.t === t)];

  for (const pacing of ['virtual', 'compressed'] as const) {
    it(`gives every instant of either trace the x that trace draws it at (${pacing})`, () => {
      const shared = buildSharedAxes(a, b, pacing);
      expect(shared.pacing).toBe(pacing);
      for (const [i, events] of [a, b].entries()) {
        for (const t of new Set(events.map((e) => e.t))) {
          expect(uOfTime(shared.ruler, t, 'start')).toBeCloseTo(firstAt(events, shared.axes[i].uOfSeq, t), 9);
        }
      }
      // The ruler's ticks: round seconds from 0 to the longer run's end, each where both traces put that time.
      const ticks = rulerTicks(shared, 900);
      expect(ticks.map((k) => k.t)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3]);
      const tickU = (t: number) => ticks.find((k) => k.t === t)!.u;
      for (const t of [0, 1]) {
        expect(tickU(t)).toBeCloseTo(firstAt(a, shared.axes[0].uOfSeq, t), 9);
        expect(tickU(t)).toBeCloseTo(firstAt(b, shared.axes[1].uOfSeq, t), 9);
      }
      // 2.0 s is an instant of the concurrent run only: the sequential run is inside its 1 → 3 s sleep there.
      expect(tickU(2)).toBeCloseTo(firstAt(b, shared.axes[1].uOfSeq, 2), 9);
      expect(tickU(2)).toBeGreaterThan(firstAt(a, shared.axes[0].uOfSeq, 1));
      expect(tickU(2)).toBeLessThan(firstAt(a, shared.axes[0].uOfSeq, 3));
      expect(tickU(3)).toBeCloseTo(firstAt(a, shared.axes[0].uOfSeq, 3), 9);
      // Ticks are in time order along the axis.
      for (let k = 1; k < ticks.length; k++) expect(ticks[k].u).toBeGreaterThan(ticks[k - 1].u);
    });
  }

  it('labels never crowd: fewer, rounder ticks where the bursts take the width', () => {
    const pairs = [
      [a, b],
      [trace('gather_fetch'), trace('as_completed')],
      [trace('worker_pool'), trace('producer_consumer')]
    ];
    for (const [x, y] of pairs) {
      for (const pacing of ['virtual', 'compressed'] as const) {
        const shared = buildSharedAxes(x, y, pacing);
        for (const width of [320, 700, 1210, 2000]) {
          const ticks = rulerTicks(shared, width);
          expect(ticks.length).toBeGreaterThanOrEqual(1);
          const px = ticks.map((k) => plotX(k.u, shared.totalUnits, width));
          for (let k = 1; k < px.length; k++) expect(px[k] - px[k - 1]).toBeGreaterThanOrEqual(RULER_MIN_GAP_PX);
        }
      }
    }
    // Narrow: whole seconds only.
    expect(rulerTicks(buildSharedAxes(a, b), 540).map((k) => k.t)).toEqual([0, 1, 2, 3]);
  });

  it('is the same ruler whichever trace is on top', () => {
    const ab = rulerTicks(buildSharedAxes(a, b), 900);
    const ba = rulerTicks(buildSharedAxes(b, a), 900);
    expect(ba).toEqual(ab);
  });

  it('compressed pacing squeezes the waits of both traces alike', () => {
    const v = buildSharedAxes(a, b, 'virtual');
    const c = buildSharedAxes(a, b, 'compressed');
    expect(c.totalUnits).toBeLessThan(v.totalUnits);
    // Same steps and cursors: only positions change with the pacing.
    expect(c.steps.map((s) => s.t)).toEqual(v.steps.map((s) => s.t));
    expect([...c.cursors[0]]).toEqual([...v.cursors[0]]);
    expect([...c.cursors[1]]).toEqual([...v.cursors[1]]);
  });

  it('maps axis units into the plot as the timeline does (24 px left, 42 px right)', () => {
    expect(plotX(0, 10, 1066)).toBe(24);
    expect(plotX(10, 10, 1066)).toBe(1024);
    expect(plotX(5, 10, 1066)).toBe(524);
  });
});

describe('knob URL parameters', () => {
  const source = readFileSync(resolve(root, 'scenarios', 'timeout_block.py'), 'utf8');
  const { knobs } = parseScenarioMeta('timeout_block', source);

  it('reads valid values, drops invalid and default ones, and writes them back', () => {
    expect(readKnobParams(knobs, '?k.LIMIT=2.5')).toEqual({ LIMIT: 2.5 });
    expect(readKnobParams(knobs, '?k.LIMIT=9')).toEqual({});
    expect(readKnobParams(knobs, '?k.LIMIT=abc&k.NOPE=1')).toEqual({});
    expect(readKnobParams(knobs, '?k.LIMIT=1.5')).toEqual({});
    expect(writeKnobParams('?cursor=3&k.LIMIT=1', knobs, { LIMIT: 3 })).toBe('cursor=3&k.LIMIT=3');
    expect(writeKnobParams('?cursor=3&k.LIMIT=1', knobs, { LIMIT: 1.5 })).toBe('cursor=3');
  });

  it('keeps other parameters when the player writes its moment', () => {
    expect(mergePlayerQuery('?lang=zh&k.LIMIT=2&cursor=4', 'cursor=9&speed=2')).toBe(
      'lang=zh&k.LIMIT=2&cursor=9&speed=2'
    );
    expect(mergePlayerQuery('?lang=zh&cursor=4', '')).toBe('lang=zh');
  });

  it('keeps the cursor at the same relative place', () => {
    expect(sameRelativePlace(0, 50, 80)).toBe(0);
    expect(sameRelativePlace(49, 50, 80)).toBe(79);
    expect(sameRelativePlace(25, 51, 101)).toBe(50);
  });
});
