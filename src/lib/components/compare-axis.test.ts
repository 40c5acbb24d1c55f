import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { simulate } from '../simulate';
import { buildSharedAxes } from './compare-axis';
import { mergePlayerQuery, readKnobParams, sameRelativePlace, writeKnobParams } from './knob-url';
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
