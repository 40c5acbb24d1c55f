import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimeline } from './build';
import { SAY_AFTER } from './fixtures/say-after';
import { laneSpanAt, lanePrints, PRIORITY_STATE, RangeMax, spanPriorityIndex, STATE_PRIORITY, stepSpan } from './lod';
import { syntheticTrace } from '../../../bench/synthetic';
import { SpanState } from './types';

describe('RangeMax', () => {
  it('agrees with a plain maximum on every range', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 80 }), fc.nat(), fc.nat(), (xs, a, b) => {
        const from = xs.length ? a % (xs.length + 1) : 0;
        const to = xs.length ? b % (xs.length + 1) : 0;
        const rm = new RangeMax(xs);
        const want = from < to ? Math.max(0, ...xs.slice(from, to)) : 0;
        expect(rm.max(from, to)).toBe(want);
      })
    );
  });

  it('clamps out-of-range bounds', () => {
    const rm = new RangeMax([1, 5, 2]);
    expect(rm.max(-4, 99)).toBe(5);
    expect(rm.max(2, 1)).toBe(0);
  });
});

describe('state priority', () => {
  it('ranks solid marks above thin ones and round-trips', () => {
    expect(STATE_PRIORITY[SpanState.running]).toBeGreaterThan(STATE_PRIORITY[SpanState.ready]);
    expect(STATE_PRIORITY[SpanState.ready]).toBeGreaterThan(STATE_PRIORITY[SpanState.waiting]);
    expect(STATE_PRIORITY[SpanState.waiting]).toBeGreaterThan(STATE_PRIORITY[SpanState.idle]);
    for (const s of Object.values(SpanState)) expect(PRIORITY_STATE[STATE_PRIORITY[s]]).toBe(s);
  });

  it('indexes a timeline once (cached) and answers per-lane maxima', () => {
    const tl = buildTimeline(SAY_AFTER);
    const idx = spanPriorityIndex(tl.spans);
    expect(spanPriorityIndex(tl.spans)).toBe(idx);
    const lane = tl.laneByName.get('Task-2')!;
    const [lo, hi] = [tl.spans.laneStart[lane], tl.spans.laneStart[lane + 1]];
    expect(PRIORITY_STATE[idx.max(lo, hi)]).toBe(SpanState.running);
  });
});

describe('lanePrints', () => {
  it('groups every print under its lane in trace order', () => {
    const tl = buildTimeline(syntheticTrace(3000, { workers: 6 }));
    const idx = lanePrints(tl);
    expect(idx.seq.length).toBe(tl.prints.count);
    for (let l = 0; l < tl.lanes.length; l++) {
      const mine = Array.from(idx.seq.slice(idx.laneStart[l], idx.laneStart[l + 1]));
      const want: number[] = [];
      for (let i = 0; i < tl.prints.count; i++) if (tl.prints.lane[i] === l) want.push(tl.prints.seq[i]);
      expect(mine).toEqual(want);
    }
  });
});

describe('span navigation', () => {
  const tl = buildTimeline(SAY_AFTER);
  const lane = tl.laneByName.get('Task-2')!;
  const sp = tl.spans;

  it('starts at the span shown at the cursor and walks the lane within what has happened', () => {
    const at = laneSpanAt(sp, lane, 20)!;
    expect(sp.lane[at]).toBe(lane);
    expect(sp.startSeq[at]).toBeLessThanOrEqual(20);
    if (at + 1 < sp.laneStart[lane + 1]) expect(sp.startSeq[at + 1]).toBeGreaterThan(20);
    expect(stepSpan(sp, at, 1, 20)).toBeNull(); // the next span has not begun yet
    const prev = stepSpan(sp, at, -1, 20);
    expect(prev).toBe(at - 1);
    const first = sp.laneStart[lane];
    expect(stepSpan(sp, first, -1, 20)).toBeNull(); // never into the lane above
  });

  it('has nothing before the lane begins', () => {
    expect(laneSpanAt(sp, lane, 0)).toBeNull();
    expect(laneSpanAt(sp, tl.lanes.length + 3, 10)).toBeNull();
  });
});

describe('syntheticTrace workers', () => {
  it('keeps exactly that many workers busy until the trace is long enough', () => {
    const events = syntheticTrace(5000, { workers: 20 });
    const tl = buildTimeline(events);
    expect(tl.lanes).toHaveLength(22); // loop, main, 20 workers
    expect(events.length).toBeGreaterThanOrEqual(5000);
    expect(events.length).toBeLessThan(5000 + 20 * 20);
    // every worker still steps in the last tenth of the run
    const late = tl.endSeconds * 0.9;
    for (const lane of tl.lanes.slice(2)) {
      const last = tl.spans.laneStart[lane.index + 1] - 1;
      expect(tl.spans.startSeconds[last]).toBeGreaterThan(late);
    }
  });
});
