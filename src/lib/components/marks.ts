import { arrowsUpTo, forEachSpanInView, spanLabel, SpanState, type Lane, type Timeline } from '../timeline';
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
  forEachSpanInView(spans, 0, timeline.lanes.length - 1, t0, t1, (i) => {
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
  for (let i = 0; i < n && out.length < limit; i++) {
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
    let startSeq = seq;
    while (startSeq > 0 && axis.tOfSeq[startSeq - 1] > b.startSeconds[i]) startSeq--;
    const start = startSeq > 0 ? axis.uOfSeq[startSeq - 1] : 0;
    out.push({ x0Px: xOfU(Math.min(start, end)), x1Px: xOfU(end), lane: b.lane[i] });
  }
  return out;
}

export function endMarks(view: View): EndMark[] {
  const out: EndMark[] = [];
  for (const lane of view.timeline.lanes) {
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
