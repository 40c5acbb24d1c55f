import { lowerBound, upperBound } from './columns';
import { SpanState, type ArrowColumns, type BlockColumns, type SpanColumns, type Timeline } from './types';

/** The text a span carries: what a waiting task awaits, an idle loop's timer, a thread's function, an iteration's number. */
export function spanLabel(timeline: Timeline, span: number): string {
  const label = timeline.spans.label[span];
  return timeline.spans.state[span] === SpanState.iteration ? String(label) : (timeline.strings[label] ?? '');
}

/**
 * Viewport culling: which spans, bands and arrows touch the visible time window. Each lane's spans are sorted and do
 * not overlap, so their ends are sorted too and one binary search finds the first visible span. Intervals are closed:
 * a zero-length span (an instant step) at exactly t0 or t1 is visible.
 */

/** Span indices `[from, to)` of `lane` overlapping `[t0Seconds, t1Seconds]`. */
export function laneSpanRange(
  spans: SpanColumns,
  lane: number,
  t0Seconds: number,
  t1Seconds: number
): [number, number] {
  const lo = spans.laneStart[lane];
  const hi = spans.laneStart[lane + 1];
  const from = lowerBound(spans.endSeconds, t0Seconds, lo, hi);
  const to = upperBound(spans.startSeconds, t1Seconds, from, hi);
  return [from, to];
}

/** Calls `fn(spanIndex)` for every span of lanes `lane0..lane1` (inclusive) overlapping the window, lane by lane. */
export function forEachSpanInView(
  spans: SpanColumns,
  lane0: number,
  lane1: number,
  t0Seconds: number,
  t1Seconds: number,
  fn: (span: number) => void
): void {
  const last = Math.min(lane1, spans.laneStart.length - 2);
  for (let lane = Math.max(0, lane0); lane <= last; lane++) {
    const [from, to] = laneSpanRange(spans, lane, t0Seconds, t1Seconds);
    for (let i = from; i < to; i++) fn(i);
  }
}

/** The same as an index array (handy for tests and small views). */
export function spansInView(
  spans: SpanColumns,
  lane0: number,
  lane1: number,
  t0Seconds: number,
  t1Seconds: number
): number[] {
  const out: number[] = [];
  forEachSpanInView(spans, lane0, lane1, t0Seconds, t1Seconds, (i) => out.push(i));
  return out;
}

/** Block bands `[from, to)` overlapping the window (bands are sorted and disjoint). */
export function blockRange(blocks: BlockColumns, t0Seconds: number, t1Seconds: number): [number, number] {
  const from = lowerBound(blocks.endSeconds, t0Seconds);
  return [from, upperBound(blocks.startSeconds, t1Seconds, from)];
}

/** How many arrows have their head at or before `cursorSeq` (arrows are in head order): draw `[0, n)`. */
export function arrowsUpTo(arrows: ArrowColumns, cursorSeq: number): number {
  return upperBound(arrows.toSeq, cursorSeq);
}

/** Arrow indices whose time extent overlaps the window. */
export function arrowsInView(arrows: ArrowColumns, t0Seconds: number, t1Seconds: number): number[] {
  const out: number[] = [];
  // Heads are sorted by time; an arrow's tail is never later than its head.
  const from = lowerBound(arrows.toSeconds, t0Seconds);
  const maxSeconds = maxArrowSeconds(arrows);
  for (let i = from; i < arrows.count; i++) {
    if (arrows.toSeconds[i] - maxSeconds > t1Seconds) break; // every later tail starts after the window
    if (arrows.fromSeconds[i] <= t1Seconds) out.push(i);
  }
  return out;
}

const longest = new WeakMap<ArrowColumns, number>();
function maxArrowSeconds(arrows: ArrowColumns): number {
  let m = longest.get(arrows);
  if (m === undefined) {
    m = 0;
    for (let i = 0; i < arrows.count; i++) m = Math.max(m, arrows.toSeconds[i] - arrows.fromSeconds[i]);
    longest.set(arrows, m);
  }
  return m;
}
