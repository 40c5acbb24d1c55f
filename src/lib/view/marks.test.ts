import { describe, expect, it } from 'vitest';
import { blockRange, buildTimeline, STATE_PRIORITY, type Timeline } from '../timeline';
import { syntheticTrace } from '../../../bench/synthetic';
import { SAY_AFTER } from '../timeline/fixtures/say-after';
import type { TraceEvent } from '../trace/events';
import { buildEventAxis, timeOfU, type EventAxis } from './event-axis';
import {
  affineX,
  bandMarks,
  bandMarksLod,
  forEachLodMark,
  forEachSpanMark,
  printMarks,
  printMarksLod,
  type LodMark,
  type SpanMark,
  type View
} from './marks';

/** A view of `width` px zoomed `k` times around the axis fraction `centre`, lanes [lane0, lane1]. */
function viewOf(
  timeline: Timeline,
  axis: EventAxis,
  width: number,
  k = 1,
  centre = 0.5,
  lanes?: [number, number]
): View {
  const pxPerU = (width / axis.totalUnits) * k;
  const offset = width / 2 - centre * axis.totalUnits * pxPerU;
  const xOfU = (u: number) => offset + u * pxPerU;
  const uOfX = (x: number) => (x - offset) / pxPerU;
  return {
    timeline,
    axis,
    cursor: axis.uOfSeq.length - 1,
    xOfU,
    uOfX,
    u0: uOfX(0),
    u1: uOfX(width),
    ...(lanes ? { lane0: lanes[0], lane1: lanes[1] } : {})
  };
}

function setup(events: TraceEvent[]) {
  return { tl: buildTimeline(events), axis: buildEventAxis(events, 'virtual') };
}

const collect = <M>(each: (fn: (m: M) => void) => void): M[] => {
  const out: M[] = [];
  each((m) => out.push({ ...m }));
  return out;
};

describe('level of detail', () => {
  it('draws every span as it is when none is narrower than a pixel', () => {
    const { tl, axis } = setup(SAY_AFTER);
    const v = viewOf(tl, axis, 100_000);
    const exact = collect<SpanMark>((fn) => forEachSpanMark(v, fn));
    const lod = collect<LodMark>((fn) => forEachLodMark(v, 100_000, fn));
    expect(lod.every((m) => m.merged === 1)).toBe(true);
    expect(lod.map((m) => [m.span, m.x0Px, m.x1Px, m.state, m.open])).toEqual(
      exact.map((m) => [m.span, m.x0Px, m.x1Px, m.state, m.open])
    );
  });

  const big = setup(syntheticTrace(60_000, { workers: 30 }));

  it('bounds the marks per lane by the width, zoomed out', () => {
    const width = 300;
    const v = viewOf(big.tl, big.axis, width);
    const perLane = new Map<number, number>();
    let merged = 0;
    forEachLodMark(v, width, (m) => {
      perLane.set(m.lane, (perLane.get(m.lane) ?? 0) + 1);
      merged += m.merged;
    });
    for (const [lane, n] of perLane) {
      expect(n, `lane ${lane}`).toBeLessThanOrEqual(2 * (width + 2));
    }
    const spans = collect<SpanMark>((fn) => forEachSpanMark(v, fn)).length;
    expect(merged).toBe(spans); // every span is accounted for exactly once
    expect([...perLane.values()].reduce((a, b) => a + b, 0)).toBeLessThan(spans / 4);
  });

  it('covers every span with a mark of its lane at least as important, at its start column', () => {
    const width = 500;
    const v = viewOf(big.tl, big.axis, width, 3, 0.4);
    const lod = collect<LodMark>((fn) => forEachLodMark(v, width, fn));
    const byLane = new Map<number, LodMark[]>();
    for (const m of lod) byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), m]);
    let checked = 0;
    forEachSpanMark(v, (s) => {
      const col = Math.floor(s.x0Px);
      const hit = (byLane.get(s.lane) ?? []).find(
        (m) =>
          Math.floor(m.x0Px) <= col &&
          col <= Math.max(Math.floor(m.x1Px), Math.floor(m.x0Px)) &&
          STATE_PRIORITY[m.state] >= STATE_PRIORITY[s.state]
      );
      expect(hit, `span ${s.span}`).toBeDefined();
      checked++;
    });
    expect(checked).toBeGreaterThan(1000);
  });

  it('culls lanes outside the visible range', () => {
    const width = 400;
    const all = collect<LodMark>((fn) => forEachLodMark(viewOf(big.tl, big.axis, width), width, fn));
    const some = collect<LodMark>((fn) => forEachLodMark(viewOf(big.tl, big.axis, width, 1, 0.5, [5, 9]), width, fn));
    expect(new Set(some.map((m) => m.lane))).toEqual(new Set([5, 6, 7, 8, 9]));
    expect(some).toEqual(all.filter((m) => m.lane >= 5 && m.lane <= 9));
    const exact = collect<SpanMark>((fn) => forEachSpanMark(viewOf(big.tl, big.axis, width, 1, 0.5, [5, 9]), fn));
    expect(new Set(exact.map((m) => m.lane))).toEqual(new Set([5, 6, 7, 8, 9]));
  });

  it('keeps one print mark per lane and pixel column, for every printed column', () => {
    const width = 250;
    const v = viewOf(big.tl, big.axis, width, 2, 0.3);
    const lod = printMarksLod(v, width);
    const key = (m: { lane: number; xPx: number }) => `${m.lane}:${Math.floor(m.xPx)}`;
    const lodKeys = lod.map(key);
    expect(new Set(lodKeys).size).toBe(lodKeys.length);
    const want = new Set(
      printMarks(v)
        .filter((m) => m.xPx >= 0 && m.xPx <= width)
        .map(key)
    );
    for (const k of want) expect(lodKeys).toContain(k);
    expect(lod.length).toBeLessThan(printMarks(v).length);
  });

  it('merges blocking bands exactly as a walk over every band would', () => {
    expect(big.tl.blocks.count).toBeGreaterThan(100);
    // The reference: every band in order, its start found by walking back over the events, merged with the last.
    const reference = (v: View) => {
      const { axis, xOfU } = v;
      const b = v.timeline.blocks;
      const out: { x0Px: number; x1Px: number; lane: number }[] = [];
      const [from, to] = blockRange(b, timeOfU(axis, v.u0), timeOfU(axis, v.u1));
      for (let i = from; i < to && b.seq[i] <= v.cursor; i++) {
        const end = axis.uOfSeq[b.seq[i]];
        let s = b.seq[i];
        while (s > 0 && axis.tOfSeq[s - 1] > b.startSeconds[i]) s--;
        const start = s > 0 ? axis.uOfSeq[s - 1] : 0;
        const x0Px = xOfU(Math.min(start, end));
        const x1Px = xOfU(end);
        const prev = out[out.length - 1];
        if (prev && x0Px <= Math.max(prev.x1Px, prev.x0Px + 3) + 1) prev.x1Px = Math.max(prev.x1Px, x1Px);
        else out.push({ x0Px, x1Px, lane: b.lane[i] });
      }
      return out;
    };
    for (const [k, centre] of [
      [1, 0.5],
      [3, 0.2],
      [40, 0.5],
      [400, 0.77]
    ]) {
      const v = viewOf(big.tl, big.axis, 600, k, centre);
      const lod = bandMarksLod(v);
      expect(lod.length).toBeGreaterThan(0);
      expect(lod).toEqual(reference(v));
    }
    // Unmerged (the SVG renderer's list): every band that has happened, starting where the walk back says.
    const v = viewOf(big.tl, big.axis, 600, 5, 0.5);
    const b = big.tl.blocks;
    const want = [];
    for (let i = 0; i < b.count && b.seq[i] <= v.cursor; i++) {
      let s = b.seq[i];
      while (s > 0 && big.axis.tOfSeq[s - 1] > b.startSeconds[i]) s--;
      const end = big.axis.uOfSeq[b.seq[i]];
      want.push({
        x0Px: v.xOfU(Math.min(s > 0 ? big.axis.uOfSeq[s - 1] : 0, end)),
        x1Px: v.xOfU(end),
        lane: b.lane[i]
      });
    }
    expect(bandMarks(v)).toEqual(want);
  });

  it('reads an affine x mapping as a·u + b, and leaves any other mapping alone', () => {
    const v = viewOf(big.tl, big.axis, 700, 37, 0.41);
    const fast = affineX(v);
    expect(fast).not.toBe(v.xOfU);
    for (const u of [0, 1.5, big.axis.totalUnits / 3, big.axis.totalUnits]) expect(fast(u)).toBeCloseTo(v.xOfU(u), 6);
    const bent = { ...v, xOfU: (u: number) => Math.sqrt(Math.max(0, u)) };
    expect(affineX(bent)).toBe(bent.xOfU);
  });

  it('gives the same marks when one view is drawn again or at another width (column tables are cached)', () => {
    const v = viewOf(big.tl, big.axis, 500, 2, 0.6);
    const first = collect<LodMark>((fn) => forEachLodMark(v, 500, fn));
    expect(collect<LodMark>((fn) => forEachLodMark(v, 500, fn))).toEqual(first);
    const narrow = collect<LodMark>((fn) => forEachLodMark(v, 250, fn));
    expect(collect<LodMark>((fn) => forEachLodMark({ ...v }, 250, fn))).toEqual(narrow);
    expect(collect<LodMark>((fn) => forEachLodMark({ ...v }, 500, fn))).toEqual(first);
  });
});
