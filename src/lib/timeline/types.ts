/**
 * The timeline's view model: what a renderer needs to draw lanes, spans, bands, markers and arrows, in virtual
 * seconds (`tSeconds`) and trace positions (`seq`), never in pixels. Large collections are columnar (typed arrays
 * indexed by a span/arrow number); small ones (lanes) are plain objects.
 */

/** What a span shows. Numeric so it fits a Uint8Array column; `SPAN_STATE_NAMES[state]` gives the name. */
export const SpanState = {
  /** A task step executes (task.resume → task.suspend/done), or a worker thread runs its function. */
  running: 0,
  /** The task's step sits in the ready deque (task.ready → task.resume). */
  ready: 1,
  /** The task waits for something (task.suspend → task.ready); the label is `awaiting.label`. */
  waiting: 2,
  /** Loop lane: one loop iteration (loop.tick up to its last event); the label is the iteration number. */
  iteration: 3,
  /** Loop lane: the clock advances with nothing ready; the label is what the loop waits for. */
  idle: 4,
  /** Loop lane: a step blocks the whole loop (loop.block); the label is the blocking task's name. */
  blocked: 5
} as const;
export type SpanStateCode = (typeof SpanState)[keyof typeof SpanState];
export const SPAN_STATE_NAMES = ['running', 'ready', 'waiting', 'iteration', 'idle', 'blocked'] as const;
export type SpanStateName = (typeof SPAN_STATE_NAMES)[number];

/** Why one thing led to another. Numeric for the arrows' Uint8Array column; `ARROW_KIND_NAMES[kind]` names it. */
export const ArrowKind = {
  /** The parent's task.create → the child's first task.ready (or first resume). */
  createdBy: 0,
  /**
   * What completed the awaited thing (task.done, timer.fire, queue.change, thread.end, a step) → the task.ready: the
   * task.ready's `cause` when the trace has it, else inferred.
   */
  wokenBy: 1,
  /** task.cancel (in the canceller's lane, or the loop lane) → the target's next task.ready/resume. */
  cancelledBy: 2
} as const;
export type ArrowKindCode = (typeof ArrowKind)[keyof typeof ArrowKind];
export const ARROW_KIND_NAMES = ['created-by', 'woken-by', 'cancelled-by'] as const;

export type LaneKind = 'loop' | 'task' | 'thread';
export type EndKind = 'done' | 'failed' | 'cancelled';

export interface LaneEnd {
  /** done = returned a result, failed = raised, cancelled = ended by CancelledError. */
  kind: EndKind;
  tSeconds: number;
  seq: number;
  /** repr of the result / exception, or the cancel message (may be ''). */
  detail: string;
}

export interface Lane {
  /** Position from the top (0 = the loop lane). */
  index: number;
  kind: LaneKind;
  /** Task name (`Task-2`), thread name (`asyncio_0`) or `loop`. */
  name: string;
  /** Task lanes: the task's unique trace id (`tid`) when the trace carries it (names can repeat; tids cannot). */
  tid?: number;
  /** What the lane header shows, e.g. `Task-2 · say_after`. */
  label: string;
  /** Coroutine qualname for task lanes, '' otherwise. */
  coro: string;
  /** Nesting depth: 0 for the loop, roots and threads; parent's depth + 1 for a task created inside a task. */
  depth: number;
  /** Lane index of the parent task, -1 if none. */
  parent: number;
  /** Where the lane begins (task.create / first thread.start / run.start). */
  createdSeq: number;
  createdSeconds: number;
  /** The end marker (task lanes only), null while the task never finished in the trace. */
  end: LaneEnd | null;
}

/** Spans sorted by (lane, start): lane `l` owns indices `laneStart[l] .. laneStart[l + 1] - 1`. */
export interface SpanColumns {
  count: number;
  startSeconds: Float64Array;
  endSeconds: Float64Array;
  /** seq of the event that opened / closed the span (so the view can cut spans at the cursor). */
  startSeq: Uint32Array;
  endSeq: Uint32Array;
  lane: Uint32Array;
  /** SpanState codes. */
  state: Uint8Array;
  /**
   * Index into `Timeline.strings` — except for iteration spans, where it is the loop iteration number itself (a
   * million-event trace has a quarter of a million iterations: not worth a string each). Use `spanLabel`.
   */
  label: Uint32Array;
  /** Offsets per lane, length lanes + 1. */
  laneStart: Uint32Array;
}

/** Bands where a step blocked the whole loop (loop.block), drawn across every lane. Sorted by start. */
export interface BlockColumns {
  count: number;
  startSeconds: Float64Array;
  endSeconds: Float64Array;
  seq: Uint32Array;
  /** Lane of the blocking task (the loop lane when unknown). */
  lane: Uint32Array;
}

/** Causal arrows, in trace order of their head (`toSeq`). */
export interface ArrowColumns {
  count: number;
  /** ArrowKind codes. */
  kind: Uint8Array;
  fromLane: Uint32Array;
  fromSeq: Uint32Array;
  fromSeconds: Float64Array;
  toLane: Uint32Array;
  toSeq: Uint32Array;
  toSeconds: Float64Array;
}

/** Points where something was printed (for tick marks on the lanes), in trace order. */
export interface PrintColumns {
  count: number;
  seq: Uint32Array;
  lane: Uint32Array;
  tSeconds: Float64Array;
}

export interface Timeline {
  lanes: Lane[];
  /** Index of the loop lane (always 0). */
  loopLane: number;
  /** Lane of each task name (the most recent task of that name) and thread name. */
  laneByName: Map<string, number>;
  /** Lane of each task id (`tid`), for traces that carry tids (empty otherwise). Prefer it to laneByName. */
  laneByTid: Map<number, number>;
  spans: SpanColumns;
  blocks: BlockColumns;
  arrows: ArrowColumns;
  prints: PrintColumns;
  /** String table for span labels; index 0 is ''. */
  strings: string[];
  /** Virtual time of the last event. */
  endSeconds: number;
  eventCount: number;
}
