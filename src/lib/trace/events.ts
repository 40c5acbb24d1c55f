/**
 * Trace format v1: the one contract between the simulation (engine + Python front end) and everything that
 * displays or checks it (timeline, player, CLI, differential tests). Documented in docs/trace-format.md — keep the
 * two in step.
 *
 * Invariants of a trace:
 *  - events are JSON objects `{seq, t, kind, line, ...}`; `seq` counts from 0 without gaps;
 *  - `t` is virtual seconds since the loop started (the value `loop.time()` returns) and never decreases;
 *  - `line` is the 1-based source line of the Python statement executing when the event happened (null when no
 *    Python frame is running, e.g. a timer firing);
 *  - the first event is `run.start` and the last is `exit`;
 *  - optional fields added after the first release (tid, cause, handle ids, until, ...) keep the version at 1: a
 *    reader must not require them (hand-made or older traces lack them); the engine emits them all. Where present,
 *    `tid`s are unique per task (creation order from 1) and name the same task as the `task` name beside them,
 *    `cause` points to an EARLIER event (by seq), and handle ids are unique per trace, one id space for timers and
 *    plain handles.
 */

export const TRACE_VERSION = 1;

/** A task is named by its CPython name (`Task-1` is asyncio.run's main task; `name=` is honoured). */
export type TaskName = string;

/**
 * A task's unique id: creation order from 1 over the whole process (every Task object, whatever its name —
 * names repeat with `name=`). Wherever an event names a task it may carry the id beside the name.
 */
export type TaskId = number;

/** A loop handle's id (call_soon, call_later/call_at, task steps): unique per trace, creation order. */
export type HandleId = number;

/** What a suspended task waits on. `label` is the short human text the UI shows (e.g. `sleep(1)`, `queue.get()`). */
export type Awaiting =
  | { kind: 'sleep'; until: number; label: string }
  | { kind: 'yield'; label: string }
  | { kind: 'task'; task: TaskName; tid?: TaskId; label: string }
  /** childIds is parallel to children: the child's tid, null for a child that is a plain future. */
  | { kind: 'gather'; children: TaskName[]; childIds?: (TaskId | null)[]; label: string }
  | { kind: 'wait'; children: TaskName[]; childIds?: (TaskId | null)[]; label: string }
  | { kind: 'queue.get' | 'queue.put' | 'queue.join'; queue: string; label: string }
  | { kind: 'lock' | 'event' | 'semaphore' | 'condition'; label: string }
  | { kind: 'thread'; thread: string; label: string }
  | { kind: 'future'; label: string };

interface EventBase {
  seq: number;
  t: number;
  line: number | null;
}

export type TraceEventBody =
  /** First event. python = semantics simulated; loop = the loop implementation the program asked for. */
  | {
      kind: 'run.start';
      version: typeof TRACE_VERSION;
      python: '3.11' | '3.14';
      loop: 'asyncio' | 'uvloop';
      debug: boolean;
      file: string;
      /** Which engine made the trace (optional, added in v1): `sim` (absent = sim) or `cpython` (the exact engine). */
      engine?: 'sim' | 'cpython';
    }
  /** A task object was created. parent = the task running at that moment (null outside any task). */
  | {
      kind: 'task.create';
      task: TaskName;
      parent: TaskName | null;
      coro: string;
      tid?: TaskId;
      parentTid?: TaskId | null;
    }
  /**
   * A step of the task was appended to the ready deque. cause = seq of the event that made it ready: its
   * task.create (first step), the timer.fire of its sleep, the task.done of an awaited task or gathered child, the
   * queue.change that handed it an item or a slot, the thread.end of its worker, the task.cancel that cancelled what
   * it awaited, else the task.resume / callback.run (timer.fire for a timer callback) during which the awaited
   * future was completed — its own task.resume for a bare yield (sleep(0)). handle = the step's handle id.
   */
  | { kind: 'task.ready'; task: TaskName; tid?: TaskId; cause?: number; handle?: HandleId }
  /** The task steps its coroutine; throw = exception type thrown into it (e.g. CancelledError). */
  | { kind: 'task.resume'; task: TaskName; throw?: string; tid?: TaskId }
  /** The step yielded control back to the loop. */
  | { kind: 'task.suspend'; task: TaskName; awaiting: Awaiting; tid?: TaskId }
  /** The task finished. detail = repr of the result or of the exception, or the cancel message (may be ''). */
  | { kind: 'task.done'; task: TaskName; state: 'result' | 'exception' | 'cancelled'; detail: string; tid?: TaskId }
  /** task.cancel() was called. by = the task that called it (null from a plain callback); reason says why when the
   * canceller is asyncio itself (e.g. 'wait_for timeout', 'TaskGroup abort', 'shutdown'). */
  | {
      kind: 'task.cancel';
      task: TaskName;
      by: TaskName | null;
      msg: string | null;
      reason?: string;
      tid?: TaskId;
      byTid?: TaskId | null;
    }
  /** Exactly the text print() wrote (sep and end applied). thread is set when a worker thread printed. */
  | {
      kind: 'print';
      task: TaskName | null;
      text: string;
      thread?: string;
      stream?: 'stdout' | 'stderr';
      tid?: TaskId | null;
    }
  /**
   * A coroutine blocked the whole loop (time.sleep in a coroutine, or a CPU-bound stretch). `t` is when the block
   * BEGAN (the clock before it moved); it ends at t + seconds = `until`, the time of the next event.
   */
  | { kind: 'loop.block'; task: TaskName | null; seconds: number; tid?: TaskId | null; until?: number }
  /**
   * Start of one loop iteration (_run_once): the ready deque's contents, in order, as labels (a task step shows its
   * task's name, any other handle its label). handles = the same handles' ids, parallel to `ready`.
   */
  | { kind: 'loop.tick'; iteration: number; ready: string[]; handles?: HandleId[] }
  /**
   * A timer handle entered the heap (call_later/call_at, sleep, timeouts). id is the handle id (shared with plain
   * handles: one id space). task/tid = the task whose step set the timer (null from a callback or outside the loop).
   */
  | { kind: 'timer.add'; id: HandleId; when: number; label: string; task?: TaskName | null; tid?: TaskId | null }
  /** A timer was cancelled before it fired. */
  | { kind: 'timer.cancel'; id: HandleId }
  /** A due timer moved from the heap to the ready deque. handle = id (the same handle id, for uniformity). */
  | { kind: 'timer.fire'; id: HandleId; handle?: HandleId }
  /**
   * A plain callback (not a task step) was appended to the ready deque by call_soon — e.g. a future's
   * done-callback. cause = seq of the event being processed when it was scheduled (as task.ready's cause).
   * Timers entering the deque show as timer.fire instead; task steps as task.ready.
   */
  | { kind: 'callback.ready'; handle: HandleId; label: string; cause?: number }
  /** A plain callback (not a task step) ran, e.g. one given to call_soon/call_later. handle = its id. */
  | { kind: 'callback.run'; label: string; handle?: HandleId }
  /** Queue contents changed (for the UI's queue view). */
  | { kind: 'queue.change'; queue: string; items: string[]; getters: number; putters: number }
  /**
   * A worker thread starts a function. until = start + duration on the loop clock (when thread.end happens
   * and its result callback is due); handle = the id of that result callback's timer handle.
   */
  | {
      kind: 'thread.start';
      thread: string;
      func: string;
      task: TaskName | null;
      tid?: TaskId | null;
      until?: number;
      handle?: HandleId;
    }
  | { kind: 'thread.end'; thread: string; state: 'result' | 'exception'; detail: string }
  /** A warning as Python would print it (category e.g. RuntimeWarning), e.g. a never-awaited coroutine. */
  | { kind: 'warning'; category: string; message: string }
  /** What the loop's exception handler would log (e.g. "Task exception was never retrieved"; debug-mode slow steps). */
  | { kind: 'loop.exception'; message: string }
  /** asyncio.run is finishing: it cancels these leftover tasks (in creation order). */
  | { kind: 'run.shutdown'; cancelling: TaskName[]; cancellingIds?: TaskId[] }
  /** Nothing is ready, no timer is set, no thread runs: the real program would hang here. Last event before exit. */
  | { kind: 'loop.stuck'; pending: TaskName[]; pendingIds?: TaskId[] }
  /** The program ended with an error. type = Python exception type, or an aioscope error code (AIO-…). */
  | { kind: 'error'; type: string; message: string; code?: string }
  | { kind: 'exit'; code: number };

export type TraceEventKind = TraceEventBody['kind'];
export type TraceEvent = EventBase & TraceEventBody;
export type TraceEventOf<K extends TraceEventKind> = EventBase & Extract<TraceEventBody, { kind: K }>;
