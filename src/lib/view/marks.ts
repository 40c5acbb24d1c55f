import {
  arrowsUpTo,
  blockRange,
  firstAtOrAfter,
  forEachSpanInView,
  lanePrints,
  laneSpanRange,
  PRIORITY_STATE,
  spanLabel,
  spanPriorityIndex,
  SpanState,
  type BlockColumns,
  type Lane,
  type Timeline
} from '../timeline';
import type { EventAxis } from './event-axis';
import { timeOfU } from './event-axis';

/**
 * What the lanes show at a cursor, as plain marks in pixels: the renderers (SVG for small traces, canvas for big
 * ones) draw exactly these, so both agree. A span that is still open at the cursor is cut there, so the picture is
 * a function of the cursor alone. Spans are culled to the visible window with the timeline's columnar query.
 */
export interface SpanMark {
  span: number;
  lane: number;
  state: number;
  x0Px: number;
  x1Px: number;
  /** Still open at the cursor (the running step, the current wait). */
  open: boolean;
  label: string;
}

export interface ArrowMark {
  arrow: number;
  kind: number;
  fromLane: number;
  toLane: number;
  x0Px: number;
  x1Px: number;
}

export interface BandMark {
  x0Px: number;
  x1Px: number;
  lane: number;
}

export interface EndMark {
  lane: number;
  xPx: number;
  kind: 'done' | 'failed' | 'cancelled';
}

export interface PrintMark {
  lane: number;
  xPx: number;
  seq: number;
}

export interface View {
  timeline: Timeline;
  axis: EventAxis;
  cursor: number;
  /** Axis units → pixels (zoom applied). */
  xOfU: (u: number) => number;
  /** Visible window in axis units. */
  u0: number;
  u1: number;
  /**
   * Where spans still open at the cursor end, in axis units, when the moment shown lies after the cursor's event
   * (the compare page: a shared time between two of this trace's events). Default: at the cursor's event.
   */
  openUntilU?: number;
  /** Visible lanes, inclusive (vertical culling); every lane when absent. */
  lane0?: number;
  lane1?: number;
  /** Pixels → axis units (the inverse of xOfU); level-of-detail needs it to find pixel columns. */
  uOfX?: (px: number) => number;
}

/** The props of both lane renderers, Lanes.svg.svelte and Lanes.canvas.svelte (the timelines pick one by size). */
export interface LanesProps {
  view: View;
  lanes: Lane[];
  /** Tone name per lane index (see player-model). */
  laneTone: string[];
  rowH: number;
  axisH: number;
  width: number;
  height: number;
  currentLane: number;
  showArrows: boolean;
  /** Pixels the lanes are scrolled up by (lane `l` is drawn at `axisH + l * rowH - top`); 0 when not scrolling. */
  top?: number;
  /** The span picked with the keyboard (drawn outlined), if any. */
  focusedSpan?: number | null;
  /** The canvas renderer reports each frame's drawing time here (ms, performance.now), for the benchmark. */
  ondraw?: (ms: number) => void;
}

/** Minimum drawn widths: an instantaneous step must still be seen. */
export const MIN_PX: Record<number, number> = {
  [SpanState.running]: 4,
  [SpanState.ready]: 3,
  [SpanState.waiting]: 0,
  [SpanState.iteration]: 3,
  [SpanState.idle]: 0,
  [SpanState.blocked]: 3
};

export function forEachSpanMark(view: View, fn: (m: SpanMark) => void): void {
  const { timeline, axis, cursor, xOfU } = view;
  const spans = timeline.spans;
  const t0 = timeOfU(axis, view.u0);
  const t1 = timeOfU(axis, view.u1);
  forEachSpanInView(spans, view.lane0 ?? 0, view.lane1 ?? timeline.lanes.length - 1, t0, t1, (i) => {
    const startSeq = spans.startSeq[i];
    if (startSeq > cursor) return;
    const endSeq = spans.endSeq[i];
    const open = endSeq > cursor;
    const x0Px = xOfU(axis.uOfSeq[startSeq]);
    const cutU = axis.uOfSeq[Math.min(endSeq, cursor)];
    const x1Px = xOfU(open && view.openUntilU !== undefined ? Math.max(cutU, view.openUntilU) : cutU);
    const state = spans.state[i];
    fn({ span: i, lane: spans.lane[i], state, x0Px, x1Px, open, label: spanLabel(timeline, i) });
  });
}

export function spanMarks(view: View): SpanMark[] {
  const out: SpanMark[] = [];
  forEachSpanMark(view, (m) => out.push(m));
  return out;
}

/** Causal arrows whose head has happened, within the window. */
export function arrowMarks(view: View, limit = 2000): ArrowMark[] {
  const { timeline, axis, cursor, xOfU } = view;
  const a = timeline.arrows;
  const n = arrowsUpTo(a, cursor);
  const out: ArrowMark[] = [];
  const lane0 = view.lane0 ?? 0;
  const lane1 = view.lane1 ?? Infinity;
  for (let i = 0; i < n && out.length < limit; i++) {
    // Vertical culling: skip arrows with both ends above or both below the visible lanes.
    const la = a.fromLane[i];
    const lb = a.toLane[i];
    if ((la < lane0 && lb < lane0) || (la > lane1 && lb > lane1)) continue;
    const u0 = axis.uOfSeq[a.fromSeq[i]];
    const u1 = axis.uOfSeq[a.toSeq[i]];
    if (u1 < view.u0 || u0 > view.u1) continue;
    out.push({
      arrow: i,
      kind: a.kind[i],
      fromLane: a.fromLane[i],
      toLane: a.toLane[i],
      x0Px: xOfU(u0),
      x1Px: xOfU(u1)
    });
  }
  return out;
}

/** Blocking bands (time.sleep in a coroutine) that have happened. */
export function bandMarks(view: View): BandMark[] {
  const { timeline, axis, cursor, xOfU } = view;
  const b = timeline.blocks;
  const out: BandMark[] = [];
  for (let i = 0; i < b.count; i++) {
    const seq = b.seq[i];
    if (seq > cursor) break;
    // The band covers the virtual time the block took, ending at its event.
    const end = axis.uOfSeq[seq];
    out.push({ x0Px: xOfU(Math.min(bandStartU(axis, b.startSeconds[i], seq), end)), x1Px: xOfU(end), lane: b.lane[i] });
  }
  return out;
}

/**
 * Where a band that began at `startSeconds` and ended at event `seq` starts, in axis units: at the last event before
 * the block began (0 when none). Event times are sorted, so this is a binary search (a walk back from `seq` would
 * cost O(events) per band when the loop is busy).
 */
function bandStartU(axis: EventAxis, startSeconds: number, seq: number): number {
  const t = axis.tOfSeq;
  // First index in [0, seq) with t > startSeconds.
  let lo = 0;
  let hi = seq;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid] > startSeconds) hi = mid;
    else lo = mid + 1;
  }
  return lo > 0 ? axis.uOfSeq[lo - 1] : 0;
}

const bandStarts = new WeakMap<BlockColumns, WeakMap<EventAxis, Float64Array>>();

/** Each band's left end in axis units (min of its start and its end), computed once per trace and axis. */
function bandStartsU(blocks: BlockColumns, axis: EventAxis): Float64Array {
  let byAxis = bandStarts.get(blocks);
  if (!byAxis) bandStarts.set(blocks, (byAxis = new WeakMap()));
  let out = byAxis.get(axis);
  if (!out) {
    out = new Float64Array(blocks.count);
    for (let i = 0; i < blocks.count; i++) {
      const seq = blocks.seq[i];
      out[i] = Math.min(bandStartU(axis, blocks.startSeconds[i], seq), axis.uOfSeq[seq]);
    }
    byAxis.set(axis, out);
  }
  return out;
}

export function endMarks(view: View): EndMark[] {
  const out: EndMark[] = [];
  const lanes = view.timeline.lanes.slice(view.lane0 ?? 0, (view.lane1 ?? Infinity) + 1);
  for (const lane of lanes) {
    if (lane.end && lane.end.seq <= view.cursor) {
      out.push({ lane: lane.index, xPx: view.xOfU(view.axis.uOfSeq[lane.end.seq]), kind: lane.end.kind });
    }
  }
  return out;
}

export function printMarks(view: View): PrintMark[] {
  const p = view.timeline.prints;
  const out: PrintMark[] = [];
  for (let i = 0; i < p.count && p.seq[i] <= view.cursor; i++) {
    const u = view.axis.uOfSeq[p.seq[i]];
    if (u < view.u0 || u > view.u1) continue;
    out.push({ lane: p.lane[i], xPx: view.xOfU(u), seq: p.seq[i] });
  }
  return out;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Level of detail (the canvas renderer of big traces). A frame's work must be bounded by pixels, not by events:
 * spans at least `minPx` wide are drawn as they are (at most one per pixel of width), and each run of narrower spans
 * starting in the same pixel column becomes one mark showing the most important state among them (running beats
 * blocked beats an iteration beats ready beats waiting beats idle; STATE_PRIORITY), found with a range-maximum query
 * instead of a walk. Adjacent columns with the same state merge into one mark. So per visible lane the work is
 * O(width · log spans), whatever the zoom.
 * ------------------------------------------------------------------------------------------------------------- */

/**
 * The view's `xOfU` as `a·u + b` when it is affine (the timelines' always is: a linear scale under a zoom transform),
 * checked at two more points; the per-frame loops then multiply instead of calling through d3's scale closures.
 * Any other `xOfU` is used as it is.
 */
export function affineX(view: View): (u: number) => number {
  const { xOfU } = view;
  const span = Math.max(1, view.axis.totalUnits);
  const b = xOfU(0);
  const a = (xOfU(span) - b) / span;
  const near = (u: number) => Math.abs(a * u + b - xOfU(u)) <= 1e-7 * (1 + Math.abs(xOfU(u)));
  return Number.isFinite(a) && Number.isFinite(b) && near(span / 3) && near(-span / 7) ? (u) => a * u + b : xOfU;
}

/** A span mark, or a merged run of sub-pixel spans (`merged` > 1; then `span` is the run's first span). */
export interface LodMark extends SpanMark {
  merged: number;
}

/** Spans narrower than this (px) are merged per pixel column. */
export const LOD_PX = 1;

/**
 * For each pixel column c in [-1, width + 1], the first event seq at or right of x = c (clamped to the trace).
 * Lets the level-of-detail walk jump to the next column with one binary search over a lane's spans. Columns are
 * found lazily (a zoomed-out frame asks for few of them: most spans are wider than a pixel, and each lookup is a
 * binary search over all events), and the table is shared by the passes drawing one view (spans, then prints).
 */
function columnSeqs(view: View, width: number): { seqAt: (x: number) => number } {
  if (lastColumns && lastColumns.view === view && lastColumns.width === width) return lastColumns.cols;
  const { axis } = view;
  const uOfX = view.uOfX;
  const n = axis.uOfSeq.length;
  const first = -1;
  const cols = new Int32Array(Math.max(0, Math.ceil(width)) + 3).fill(-1);
  const direct = (x: number) => (uOfX ? firstAtOrAfter(axis.uOfSeq, uOfX(x), 0, n) : n);
  const out = {
    seqAt: (x: number) => {
      const c = x - first;
      if (!(Number.isInteger(c) && c >= 0 && c < cols.length)) return direct(x);
      const known = cols[c];
      return known >= 0 ? known : (cols[c] = direct(x));
    }
  };
  lastColumns = { view, width, cols: out };
  return out;
}
let lastColumns: { view: View; width: number; cols: { seqAt: (x: number) => number } } | null = null;

export function forEachLodMark(view: View, width: number, fn: (m: Readonly<LodMark>) => void, lodPx = LOD_PX): void {
  // Without the pixel → units inverse there are no columns to merge into: every span is drawn as it is.
  const minPx = view.uOfX ? lodPx : -Infinity;
  const { timeline, axis, cursor } = view;
  const xOfU = affineX(view);
  const spans = timeline.spans;
  const uOfSeq = axis.uOfSeq;
  const t0 = timeOfU(axis, view.u0);
  const t1 = timeOfU(axis, view.u1);
  const prio = spanPriorityIndex(spans);
  const cols = columnSeqs(view, width);
  const lane0 = Math.max(0, view.lane0 ?? 0);
  const lane1 = Math.min(timeline.lanes.length - 1, view.lane1 ?? Infinity);
  const openU = view.openUntilU;
  const endX = (i: number, open: boolean) => {
    const cutU = uOfSeq[Math.min(spans.endSeq[i], cursor)];
    return xOfU(open && openU !== undefined ? Math.max(cutU, openU) : cutU);
  };

  // One mark object is reused for every call (a frame draws thousands; garbage would mean GC pauses on a big heap):
  // `fn` must copy what it keeps.
  const m: LodMark = { span: 0, lane: 0, state: 0, x0Px: 0, x1Px: 0, open: false, label: '', merged: 0 };
  const emit = (span: number, lane: number, state: number, x0: number, x1: number, open: boolean, merged: number) => {
    m.span = span;
    m.lane = lane;
    m.state = state;
    m.x0Px = x0;
    m.x1Px = x1;
    m.open = open;
    m.label = merged === 1 && state === SpanState.iteration ? String(spans.label[span]) : '';
    m.merged = merged;
    fn(m);
  };
  for (let lane = lane0; lane <= lane1; lane++) {
    const [from, range] = laneSpanRange(spans, lane, t0, t1);
    // Only spans begun by the cursor are shown; a lane's starts are sorted, so that is a prefix.
    const to = firstAtOrAfter(spans.startSeq, cursor + 1, from, range);
    // The pending merged run (runMerged 0 = none).
    let runSpan = 0;
    let runState = 0;
    let runX0 = 0;
    let runX1 = 0;
    let runOpen = false;
    let runMerged = 0;
    let i = from;
    while (i < to) {
      const open = spans.endSeq[i] > cursor;
      const x0 = xOfU(uOfSeq[spans.startSeq[i]]);
      const x1 = endX(i, open);
      if (x1 - x0 >= minPx) {
        if (runMerged > 0) emit(runSpan, lane, runState, runX0, runX1, runOpen, runMerged);
        runMerged = 0;
        emit(i, lane, spans.state[i], x0, x1, open, 1);
        i++;
        continue;
      }
      // A run of narrow spans starting in pixel column `col`: [i, j).
      const col = Math.floor(x0);
      let j = Math.max(i + 1, firstAtOrAfter(spans.startSeq, cols.seqAt(col + 1), i + 1, to));
      // Only the run's last span can reach past the column; if it is wide, it is drawn on its own next.
      if (j - 1 > i && endX(j - 1, spans.endSeq[j - 1] > cursor) - xOfU(uOfSeq[spans.startSeq[j - 1]]) >= minPx) j--;
      const state = PRIORITY_STATE[prio.max(i, j)];
      const last = j - 1;
      const lastOpen = spans.endSeq[last] > cursor;
      const gx1 = Math.max(x1, endX(last, lastOpen));
      if (runMerged > 0 && runState === state && x0 <= runX1 + 1) {
        runX1 = Math.max(runX1, gx1);
        runMerged += j - i;
        runOpen ||= lastOpen;
      } else {
        if (runMerged > 0) emit(runSpan, lane, runState, runX0, runX1, runOpen, runMerged);
        runSpan = i;
        runState = state;
        runX0 = x0;
        runX1 = gx1;
        runOpen = lastOpen;
        runMerged = j - i;
      }
      i = j;
    }
    if (runMerged > 0) emit(runSpan, lane, runState, runX0, runX1, runOpen, runMerged);
  }
}

/** Print marks of the visible lanes, at most one per lane and pixel column. */
export function printMarksLod(view: View, width: number): PrintMark[] {
  const { timeline, axis, cursor } = view;
  const xOfU = affineX(view);
  const idx = lanePrints(timeline);
  const cols = columnSeqs(view, width);
  const seqLo = firstAtOrAfter(axis.uOfSeq, view.u0, 0, axis.uOfSeq.length);
  const seqHi = Math.min(cursor, firstAtOrAfter(axis.uOfSeq, view.u1, 0, axis.uOfSeq.length));
  const out: PrintMark[] = [];
  const lane0 = Math.max(0, view.lane0 ?? 0);
  const lane1 = Math.min(timeline.lanes.length - 1, view.lane1 ?? Infinity);
  for (let lane = lane0; lane <= lane1; lane++) {
    const end = idx.laneStart[lane + 1];
    let k = firstAtOrAfter(idx.seq, seqLo, idx.laneStart[lane], end);
    while (k < end && idx.seq[k] <= seqHi) {
      const xPx = xOfU(axis.uOfSeq[idx.seq[k]]);
      out.push({ lane, xPx, seq: idx.seq[k] });
      k = Math.max(k + 1, firstAtOrAfter(idx.seq, cols.seqAt(Math.floor(xPx) + 1), k + 1, end));
    }
  }
  return out;
}

/**
 * Blocking bands in the window, overlapping ones (within a pixel) merged: at most one per pixel column. Band starts
 * and ends grow with the band index, so the bands that merge into the current one are a contiguous run, found with a
 * binary search instead of visiting each (a busy trace has tens of thousands of bands in one zoomed-out view).
 */
export function bandMarksLod(view: View): BandMark[] {
  const { timeline, axis, cursor } = view;
  const xOfU = affineX(view);
  const b = timeline.blocks;
  const [from, to] = blockRange(b, timeOfU(axis, view.u0), timeOfU(axis, view.u1));
  // Bands that have happened by the cursor: block events are in trace order, so a prefix.
  let hi = from;
  for (let lo = from, top = to; lo < top;) {
    const mid = (lo + top) >>> 1;
    if (b.seq[mid] <= cursor) lo = hi = mid + 1;
    else top = mid;
  }
  const startU = bandStartsU(b, axis);
  const x0Of = (i: number) => xOfU(startU[i]);
  const x1Of = (i: number) => xOfU(axis.uOfSeq[b.seq[i]]);
  const out: BandMark[] = [];
  let i = from;
  while (i < hi) {
    const x0Px = x0Of(i);
    const x1Px = x1Of(i);
    const prev = out[out.length - 1];
    let cur: BandMark;
    if (prev && x0Px <= Math.max(prev.x1Px, prev.x0Px + 3) + 1) {
      prev.x1Px = Math.max(prev.x1Px, x1Px);
      cur = prev;
    } else {
      cur = { x0Px, x1Px, lane: b.lane[i] };
      out.push(cur);
    }
    i++;
    // Every following band starting within the merge reach joins `cur`; the last of them ends latest.
    for (;;) {
      const reach = Math.max(cur.x1Px, cur.x0Px + 3) + 1;
      // Gallop, then bisect: a zoomed-out frame takes a few bands per step, across a thousand pixel columns.
      let lo = i;
      let top = i;
      for (let step = 1; top < hi && x0Of(top) <= reach; step *= 2) {
        lo = top + 1;
        top = Math.min(hi, top + step);
      }
      while (lo < top) {
        const mid = (lo + top) >>> 1;
        if (x0Of(mid) <= reach) lo = mid + 1;
        else top = mid;
      }
      if (lo === i) break;
      cur.x1Px = Math.max(cur.x1Px, x1Of(lo - 1));
      i = lo;
    }
  }
  return out;
}
