import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../trace/events';
import { buildTimeline } from './build';
import { KITCHEN_SINK } from './fixtures/kitchen-sink';
import { SAY_AFTER } from './fixtures/say-after';
import { spansInView } from './query';
import { buildStateIndex, replayState, stateAt } from './state-index';
import { syntheticTrace } from '../../../bench/synthetic';
import type { Timeline } from './types';

/** Laws every layout must obey, whatever the trace. Returns the broken ones (plain checks: fast on big traces). */
function layoutLawViolations(tl: Timeline): string[] {
  const bad: string[] = [];
  const law = (ok: boolean, what: string) => {
    if (!ok && bad.length < 10) bad.push(what);
  };
  const { spans, arrows, blocks } = tl;
  law(spans.laneStart[0] === 0 && spans.laneStart[tl.lanes.length] === spans.count, 'lane offsets cover all spans');
  for (let lane = 0; lane < tl.lanes.length; lane++) {
    for (let i = spans.laneStart[lane]; i < spans.laneStart[lane + 1]; i++) {
      law(spans.lane[i] === lane, `span ${i} in lane ${lane}`);
      law(spans.startSeconds[i] >= 0 && spans.endSeconds[i] <= tl.endSeconds, `span ${i} within [0, end]`);
      law(spans.startSeconds[i] <= spans.endSeconds[i] && spans.startSeq[i] <= spans.endSeq[i], `span ${i} forward`);
      law(spans.endSeq[i] < tl.eventCount, `span ${i} ends inside the trace`);
      if (i > spans.laneStart[lane]) {
        law(spans.startSeconds[i] >= spans.endSeconds[i - 1], `spans ${i - 1}/${i} overlap in time`);
        law(spans.startSeq[i] >= spans.endSeq[i - 1], `spans ${i - 1}/${i} overlap in seq`);
      }
    }
  }
  for (let i = 0; i < arrows.count; i++) {
    law(
      arrows.fromSeq[i] <= arrows.toSeq[i] && arrows.fromSeconds[i] <= arrows.toSeconds[i],
      `arrow ${i} points forward`
    );
    if (i > 0) law(arrows.toSeq[i] >= arrows.toSeq[i - 1], `arrow ${i} in head order`);
  }
  for (let i = 1; i < blocks.count; i++) law(blocks.startSeconds[i] >= blocks.endSeconds[i - 1], `band ${i} disjoint`);
  for (const lane of tl.lanes)
    if (lane.parent >= 0) law(tl.lanes[lane.parent].depth === lane.depth - 1, `lane ${lane.index} depth`);
  return bad;
}

function checkLayoutLaws(tl: Timeline): void {
  expect(layoutLawViolations(tl)).toEqual([]);
}

const synthetic = fc.record({
  n: fc.integer({ min: 10, max: 600 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  batch: fc.integer({ min: 1, max: 6 }),
  rounds: fc.integer({ min: 1, max: 5 })
});

describe('properties', () => {
  it('synthetic traces are well-formed trace v1', () => {
    fc.assert(
      fc.property(synthetic, ({ n, seed, batch, rounds }) => {
        const events = syntheticTrace(n, { seed, batch, rounds });
        expect(events.length).toBeGreaterThanOrEqual(n);
        expect(events[0].kind).toBe('run.start');
        expect(events.at(-1)?.kind).toBe('exit');
        events.forEach((ev, i) => {
          expect(ev.seq).toBe(i);
          if (i > 0) expect(ev.t).toBeGreaterThanOrEqual(events[i - 1].t);
        });
      }),
      { numRuns: 40 }
    );
  });

  it('layouts of synthetic traces obey the laws', () => {
    fc.assert(
      fc.property(synthetic, ({ n, seed, batch, rounds }) =>
        checkLayoutLaws(buildTimeline(syntheticTrace(n, { seed, batch, rounds })))
      ),
      { numRuns: 60 }
    );
  });

  it('stateAt(cursor) equals a replay from 0, whatever the checkpoint spacing', () => {
    fc.assert(
      fc.property(
        synthetic,
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        (opts, every, picks) => {
          const events = syntheticTrace(opts.n, opts);
          const index = buildStateIndex(events, { every });
          for (const pick of picks) {
            const cursor = pick % events.length;
            expect(stateAt(events, index, cursor)).toEqual(replayState(events, cursor));
          }
        }
      ),
      { numRuns: 40 }
    );
  });

  it('never throws and still obeys the laws on damaged traces (events dropped, unknown kinds added)', () => {
    const damaged = fc
      .tuple(
        fc.constantFrom(SAY_AFTER, KITCHEN_SINK),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 5 })
      )
      .map(([events, drops, inserts]) => {
        const kept = events.filter((_, i) => !drops.some((d) => d % events.length === i && i > 0));
        const out: TraceEvent[] = [...kept];
        for (const at of inserts) {
          const k = 1 + (at % Math.max(1, out.length - 1));
          out.splice(k, 0, { seq: 0, t: out[k - 1].t, line: null, kind: 'mystery.kind' } as unknown as TraceEvent);
        }
        return out.map((ev, seq) => ({ ...ev, seq }));
      });
    fc.assert(
      fc.property(damaged, (events) => {
        const tl = buildTimeline(events);
        checkLayoutLaws(tl);
        const index = buildStateIndex(events, { every: 3 });
        const last = events.length - 1;
        expect(stateAt(events, index, last)).toEqual(replayState(events, last));
      }),
      { numRuns: 100 }
    );
  });

  it('culling returns exactly the spans a linear scan finds', () => {
    const tl = buildTimeline(syntheticTrace(400, { seed: 7 }));
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (t0, width) => {
          const t1 = t0 + width;
          const expected: number[] = [];
          for (let i = 0; i < tl.spans.count; i++) {
            if (tl.spans.endSeconds[i] >= t0 && tl.spans.startSeconds[i] <= t1) expected.push(i);
          }
          expect(spansInView(tl.spans, 0, tl.lanes.length - 1, t0, t1)).toEqual(expected);
        }
      ),
      { numRuns: 100 }
    );
  });
});

describe('a large synthetic trace', () => {
  it('lays out 200,000 events with the laws intact and one lane per task', () => {
    const events = syntheticTrace(200_000, { seed: 3, batch: 20 });
    const tl = buildTimeline(events);
    const creates = events.filter((e) => e.kind === 'task.create').length;
    expect(tl.lanes.length).toBe(1 + creates);
    expect(tl.spans.count).toBeGreaterThan(creates);
    checkLayoutLaws(tl);
  });
});

describe('the law checker itself', () => {
  it('catches overlapping spans and backward arrows', () => {
    const tl = buildTimeline(SAY_AFTER);
    const lane = tl.laneByName.get('Task-2')!;
    const i = tl.spans.laneStart[lane] + 1;
    tl.spans.startSeconds[i] = -1;
    tl.arrows.fromSeq[0] = 99;
    expect(layoutLawViolations(tl).length).toBeGreaterThanOrEqual(3);
  });
});
