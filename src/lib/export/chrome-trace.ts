import { ARROW_KIND_NAMES, buildTimeline, spanLabel, SpanState, SPAN_STATE_NAMES, type Timeline } from '../timeline';
import type { TraceEvent } from '../trace/events';

/**
 * Trace v1 → Chrome Trace Event Format (the JSON that Perfetto and chrome://tracing open). Built from the timeline's
 * layout (lanes and columnar spans), not from raw events, so the tracks are exactly the player's lanes:
 *
 *  - one process (pid 1, named after the file); one thread track (tid = lane index + 1) per lane: the event loop,
 *    each task (`Task-2 · say_after`) and each worker thread, named with `thread_name` metadata and ordered with
 *    `thread_sort_index` as the player orders its lanes;
 *  - every span is a complete event ('X') on its lane's track, with the span state as its category: `running` (a task
 *    step, named after the coroutine; a worker's function), `ready`, `waiting` (named after what it awaits, e.g.
 *    `sleep(1)`), and on the loop track `iteration`, `idle`, `blocked`. Spans of one lane never overlap;
 *  - prints are thread-scoped instant events ('i') named `print`, with the text in args;
 *  - created-by / woken-by / cancelled-by arrows are flow events: 's' on the cause's track, 'f' (binding point
 *    `e`, the enclosing slice) on the woken task's track, sharing an id. Each end is placed strictly inside the slice
 *    it belongs to, so a viewer binds it to the right slice (Perfetto binds to the innermost slice open at `ts`);
 *    an end where its lane has no span gets a 2 ns slice (category `event`) named after its trace event.
 *
 * Time: `ts`/`dur` are microseconds of VIRTUAL time. In asyncio most steps take no virtual time, so many events share
 * one instant; to keep their order visible (and slices non-empty for the flows), event `seq` is stamped at
 * `max(t·10⁹ ns, stamp(seq − 1) + 4 ns)`: 4 ns per event inside a burst, invisible beside real sleeps (a burst of
 * 1000 events spreads over 4 µs). The exact virtual `t` and `seq` of every slice are in its args.
 */

export interface ChromeTraceEvent {
  name: string;
  ph: 'X' | 'i' | 's' | 'f' | 'M';
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
  id?: number;
  bp?: 'e';
  s?: 't';
  args?: Record<string, unknown>;
}

export interface ChromeTrace {
  traceEvents: ChromeTraceEvent[];
  displayTimeUnit: 'ms';
  otherData: Record<string, string | number>;
}

export interface ChromeTraceOptions {
  /** The program's file name (the process name). */
  file: string;
  /** The loop track's name (the UI passes its catalog's word). */
  loopName?: string;
  /** A ready-made layout of the same events (the player has one). */
  timeline?: Timeline;
}

/** Nanoseconds between two events that share a virtual instant. */
export const STEP_NS = 4;
const PID = 1;

/** Per-seq timestamps in integer nanoseconds: virtual time, strictly increasing by at least STEP_NS. */
export function stampEvents(events: readonly TraceEvent[]): Float64Array {
  const ns = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const own = Math.round(events[i].t * 1e9);
    ns[i] = i === 0 ? Math.max(0, own) : Math.max(own, ns[i - 1] + STEP_NS);
  }
  return ns;
}

const us = (ns: number) => ns / 1000;

export function toChromeTrace(events: readonly TraceEvent[], options: ChromeTraceOptions): ChromeTrace {
  const tl = options.timeline ?? buildTimeline(events);
  const stamp = stampEvents(events);
  const at = (seq: number) => stamp[Math.max(0, Math.min(seq, stamp.length - 1))] ?? 0;
  const tidOf = (lane: number) => lane + 1;
  const meta: ChromeTraceEvent[] = [
    { name: 'process_name', ph: 'M', pid: PID, tid: 0, args: { name: `aioscope · ${options.file}` } }
  ];
  for (const lane of tl.lanes) {
    const name =
      lane.kind === 'loop' ? (options.loopName ?? 'event loop') : lane.kind === 'task' ? lane.label : lane.name;
    meta.push({ name: 'thread_name', ph: 'M', pid: PID, tid: tidOf(lane.index), args: { name } });
    meta.push({
      name: 'thread_sort_index',
      ph: 'M',
      pid: PID,
      tid: tidOf(lane.index),
      args: { sort_index: lane.index }
    });
  }

  const timed: ChromeTraceEvent[] = [];
  const s = tl.spans;
  for (let i = 0; i < s.count; i++) {
    const lane = tl.lanes[s.lane[i]];
    const state = s.state[i];
    const label = spanLabel(tl, i);
    const start = at(s.startSeq[i]);
    const end = at(s.endSeq[i]);
    timed.push({
      name: sliceName(state, label, lane.kind === 'task' ? lane.coro || lane.name : label),
      cat: SPAN_STATE_NAMES[state] ?? 'span',
      ph: 'X',
      ts: us(start),
      dur: us(end - start),
      pid: PID,
      tid: tidOf(lane.index),
      args: {
        seq: [s.startSeq[i], s.endSeq[i]],
        t: [s.startSeconds[i], s.endSeconds[i]],
        ...(label && state !== SpanState.iteration ? { label } : {})
      }
    });
  }
  const p = tl.prints;
  for (let i = 0; i < p.count; i++) {
    const ev = events[p.seq[i]];
    timed.push({
      name: 'print',
      cat: 'print',
      ph: 'i',
      s: 't',
      ts: us(at(p.seq[i])),
      pid: PID,
      tid: tidOf(p.lane[i]),
      args: { text: ev && ev.kind === 'print' ? ev.text : '', seq: p.seq[i], t: p.tSeconds[i] }
    });
  }

  // Flows: each end strictly inside the slice that did it (source) / that it starts (target). An end on a lane
  // with no span there (asyncio.run creating the main task before the loop's first iteration) gets a 2 ns slice
  // named after its event, so the arrow still has something to bind to.
  const a = tl.arrows;
  const marks = new Set<string>();
  let flows = 0;
  const endAt = (lane: number, seq: number, role: 'source' | 'target'): number => {
    const span = enclosing(tl, lane, seq, role);
    if (span >= 0) return inside(at(seq), at(s.startSeq[span]), at(s.endSeq[span]));
    if (!marks.has(`${lane}:${seq}`)) {
      marks.add(`${lane}:${seq}`);
      const ev = events[seq];
      timed.push({
        name: ev?.kind ?? 'event',
        cat: 'event',
        ph: 'X',
        ts: us(at(seq) - 1),
        dur: us(2),
        pid: PID,
        tid: tidOf(lane),
        args: { seq, t: ev?.t ?? 0 }
      });
    }
    return at(seq);
  };
  for (let i = 0; i < a.count; i++) {
    const ts0 = endAt(a.fromLane[i], a.fromSeq[i], 'source');
    const ts1 = endAt(a.toLane[i], a.toSeq[i], 'target');
    const name = ARROW_KIND_NAMES[a.kind[i]] ?? 'flow';
    const id = ++flows;
    timed.push({ name, cat: 'flow', ph: 's', id, ts: us(ts0), pid: PID, tid: tidOf(a.fromLane[i]) });
    timed.push({ name, cat: 'flow', ph: 'f', bp: 'e', id, ts: us(ts1), pid: PID, tid: tidOf(a.toLane[i]) });
  }

  // Time order (stable), slices before the instants and flows that sit at the same time.
  const rank = (e: ChromeTraceEvent) => (e.ph === 'X' ? 0 : 1);
  timed.sort((x, y) => (x.ts ?? 0) - (y.ts ?? 0) || rank(x) - rank(y));
  return {
    traceEvents: [...meta, ...timed],
    displayTimeUnit: 'ms',
    otherData: {
      generator: 'aioscope',
      file: options.file,
      traceVersion: 1,
      events: events.length,
      flows,
      eventSlices: marks.size,
      clock: `virtual time; events sharing an instant are ${STEP_NS} ns apart`
    }
  };
}

function sliceName(state: number, label: string, running: string): string {
  switch (state) {
    case SpanState.running:
      return running || 'running';
    case SpanState.ready:
      return 'ready';
    case SpanState.waiting:
      return label ? `await ${label}` : 'waiting';
    case SpanState.iteration:
      return `iteration ${label}`;
    case SpanState.idle:
      return label ? `idle · ${label}` : 'idle';
    case SpanState.blocked:
      return label ? `blocked · ${label}` : 'blocked';
    default:
      return SPAN_STATE_NAMES[state] ?? 'span';
  }
}

/** `t` moved strictly inside (start, end) by at least 2 ns when the slice allows it. */
function inside(t: number, start: number, end: number): number {
  const lo = start + STEP_NS / 2;
  const hi = end - STEP_NS / 2;
  return lo > hi ? (start + end) / 2 : Math.min(hi, Math.max(lo, t));
}

/**
 * The span of `lane` an arrow end belongs to: one with start ≤ seq ≤ end and a non-empty extent. At a boundary
 * between two spans, a source belongs to the span it ends (what the cause did), a target to the span it starts.
 * -1 when the lane has none.
 */
export function enclosing(tl: Timeline, lane: number, seq: number, end: 'source' | 'target'): number {
  const s = tl.spans;
  const lo = s.laneStart[lane];
  const hi = s.laneStart[lane + 1];
  if (lo === undefined || hi === undefined) return -1;
  // Last span starting at or before seq (spans of a lane are in start order).
  let a = lo;
  let b = hi;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (s.startSeq[m] <= seq) a = m + 1;
    else b = m;
  }
  const candidates: number[] = [];
  for (let i = a - 1; i >= lo && i >= a - 3; i--) {
    if (s.startSeq[i] <= seq && seq <= s.endSeq[i] && s.endSeq[i] > s.startSeq[i]) candidates.push(i);
  }
  if (candidates.length === 0) return -1;
  const pick =
    end === 'source' ? candidates.find((i) => s.startSeq[i] < seq) : candidates.find((i) => s.endSeq[i] > seq);
  return pick ?? candidates[0];
}
