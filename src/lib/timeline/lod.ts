import { lowerBound, upperBound } from './columns';
import { SpanState, type SpanColumns, type Timeline } from './types';

/**
 * Indexes for level-of-detail drawing of big traces. When the timeline is zoomed out, thousands of spans of one lane
 * fall into one pixel; the renderer then draws one mark per pixel column showing the most important state in it, and
 * must find that state without visiting every span. These are the pure, pixel-free halves: which state wins a pixel,
 * the maximum of that over any run of spans (a segment tree, O(log n) per query), and each lane's prints.
 * Built lazily once per timeline and cached (the timeline is immutable).
 */

/** Which state is drawn when several share a pixel: solid marks beat outlines beat thin lines. 0 = nothing. */
export const STATE_PRIORITY: Readonly<Record<number, number>> = {
  [SpanState.idle]: 1,
  [SpanState.waiting]: 2,
  [SpanState.ready]: 3,
  [SpanState.iteration]: 4,
  [SpanState.blocked]: 5,
  [SpanState.running]: 6
};

/** The inverse of STATE_PRIORITY (index = priority). */
export const PRIORITY_STATE: readonly number[] = [
  -1,
  SpanState.idle,
  SpanState.waiting,
  SpanState.ready,
  SpanState.iteration,
  SpanState.blocked,
  SpanState.running
];

/**
 * Range maximum over a fixed array of small values (bottom-up segment tree).
 * Invariant: `tree[n + i] = values[i]`, and `tree[k] = max(tree[2k], tree[2k + 1])` for 1 ≤ k < n.
 */
export class RangeMax {
  private readonly tree: Uint8Array;
  private readonly n: number;

  constructor(values: ArrayLike<number>) {
    this.n = values.length;
    this.tree = new Uint8Array(2 * Math.max(1, this.n));
    for (let i = 0; i < this.n; i++) this.tree[this.n + i] = values[i];
    for (let k = this.n - 1; k >= 1; k--) this.tree[k] = Math.max(this.tree[2 * k], this.tree[2 * k + 1]);
  }

  /** max(values[from..to)), 0 for an empty range. */
  max(from: number, to: number): number {
    let best = 0;
    let l = Math.max(0, from) + this.n;
    let r = Math.min(this.n, to) + this.n;
    while (l < r) {
      if (l & 1) best = Math.max(best, this.tree[l++]);
      if (r & 1) best = Math.max(best, this.tree[--r]);
      l >>= 1;
      r >>= 1;
    }
    return best;
  }
}

const priorityCache = new WeakMap<SpanColumns, RangeMax>();

/** Range maximum of STATE_PRIORITY over span indices (spans of one lane are contiguous, so ranges stay in a lane). */
export function spanPriorityIndex(spans: SpanColumns): RangeMax {
  let index = priorityCache.get(spans);
  if (!index) {
    const prio = new Uint8Array(spans.count);
    for (let i = 0; i < spans.count; i++) prio[i] = STATE_PRIORITY[spans.state[i]] ?? 0;
    index = new RangeMax(prio);
    priorityCache.set(spans, index);
  }
  return index;
}

/** Prints grouped by lane, each group in trace order: lane `l` owns `seq[laneStart[l] .. laneStart[l + 1])`. */
export interface LanePrints {
  laneStart: Uint32Array;
  seq: Uint32Array;
}

const printCache = new WeakMap<Timeline, LanePrints>();

export function lanePrints(timeline: Timeline): LanePrints {
  let out = printCache.get(timeline);
  if (!out) {
    const p = timeline.prints;
    const lanes = timeline.lanes.length;
    const laneStart = new Uint32Array(lanes + 1);
    for (let i = 0; i < p.count; i++) laneStart[p.lane[i] + 1]++;
    for (let l = 0; l < lanes; l++) laneStart[l + 1] += laneStart[l];
    const fill = laneStart.slice(0, lanes);
    const seq = new Uint32Array(p.count);
    for (let i = 0; i < p.count; i++) seq[fill[p.lane[i]]++] = p.seq[i];
    out = { laneStart, seq };
    printCache.set(timeline, out);
  }
  return out;
}

/**
 * Keyboard navigation along one lane's spans: the span shown at the cursor (the last one begun at or before it), and
 * the previous / next span of the same lane that has begun by the cursor. null when there is none.
 */
export function laneSpanAt(spans: SpanColumns, lane: number, cursorSeq: number): number | null {
  const lo = spans.laneStart[lane];
  const hi = spans.laneStart[lane + 1];
  if (lo === undefined || hi === undefined || lo === hi) return null;
  const i = upperBound(spans.startSeq, cursorSeq, lo, hi) - 1;
  return i >= lo ? i : null;
}

export function stepSpan(spans: SpanColumns, span: number, dir: 1 | -1, cursorSeq: number): number | null {
  const lane = spans.lane[span];
  const next = span + dir;
  if (next < spans.laneStart[lane] || next >= spans.laneStart[lane + 1]) return null;
  return spans.startSeq[next] <= cursorSeq ? next : null;
}

/** First index in sorted `seqs[from, to)` at or after `seq` (re-exported for the renderer's column skipping). */
export function firstAtOrAfter(seqs: ArrayLike<number>, seq: number, from: number, to: number): number {
  return lowerBound(seqs, seq, from, to);
}
