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
 *  - the first event is `run.start` and the last is `exit`.
 */

export const TRACE_VERSION = 1;

/** A task is named by its CPython name (`Task-1` is asyncio.run's main task; `name=` is honoured). */
export type TaskName = string;

/** What a suspended task waits on. `label` is the short human text the UI shows (e.g. `sleep(1)`, `queue.get()`). */
export type Awaiting =
  | { kind: 'sleep'; until: number; label: string }
  | { kind: 'yield'; label: string }
  | { kind: 'task'; task: TaskName; label: string }
  | { kind: 'gather'; children: TaskName[]; label: string }
  | { kind: 'wait'; children: TaskName[]; label: string }
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
    }
  /** A task object was created. parent = the task running at that moment (null outside any task). */
  | { kind: 'task.create'; task: TaskName; parent: TaskName | null; coro: string }
  /** A step of the task was appended to the ready deque. */
  | { kind: 'task.ready'; task: TaskName }
  /** The task steps its coroutine; throw = exception type thrown into it (e.g. CancelledError). */
  | { kind: 'task.resume'; task: TaskName; throw?: string }
  /** The step yielded control back to the loop. */
  | { kind: 'task.suspend'; task: TaskName; awaiting: Awaiting }
  /** The task finished. detail = repr of the result or of the exception, or the cancel message (may be ''). */
  | { kind: 'task.done'; task: TaskName; state: 'result' | 'exception' | 'cancelled'; detail: string }
  /** task.cancel() was called. by = the task that called it (null from a plain callback); reason says why when the
   * canceller is asyncio itself (e.g. 'wait_for timeout', 'TaskGroup abort', 'shutdown'). */
  | { kind: 'task.cancel'; task: TaskName; by: TaskName | null; msg: string | null; reason?: string }
  /** Exactly the text print() wrote (sep and end applied). thread is set when a worker thread printed. */
  | { kind: 'print'; task: TaskName | null; text: string; thread?: string; stream?: 'stdout' | 'stderr' }
  /** A coroutine blocked the whole loop (time.sleep in a coroutine, or a CPU-bound stretch). */
  | { kind: 'loop.block'; task: TaskName | null; seconds: number }
  /** Start of one loop iteration (_run_once): the ready deque's contents, in order, as labels. */
  | { kind: 'loop.tick'; iteration: number; ready: string[] }
  /** A timer handle entered the heap (call_later/call_at, sleep, timeouts). */
  | { kind: 'timer.add'; id: number; when: number; label: string }
  /** A timer was cancelled before it fired. */
  | { kind: 'timer.cancel'; id: number }
  /** A due timer moved from the heap to the ready deque. */
  | { kind: 'timer.fire'; id: number }
  /** A plain callback (not a task step) ran, e.g. one given to call_soon/call_later. */
  | { kind: 'callback.run'; label: string }
  /** Queue contents changed (for the UI's queue view). */
  | { kind: 'queue.change'; queue: string; items: string[]; getters: number; putters: number }
  | { kind: 'thread.start'; thread: string; func: string; task: TaskName | null }
  | { kind: 'thread.end'; thread: string; state: 'result' | 'exception'; detail: string }
  /** A warning as Python would print it (category e.g. RuntimeWarning), e.g. a never-awaited coroutine. */
  | { kind: 'warning'; category: string; message: string }
  /** What the loop's exception handler would log (e.g. "Task exception was never retrieved"; debug-mode slow steps). */
  | { kind: 'loop.exception'; message: string }
  /** asyncio.run is finishing: it cancels these leftover tasks (in creation order). */
  | { kind: 'run.shutdown'; cancelling: TaskName[] }
  /** Nothing is ready, no timer is set, no thread runs: the real program would hang here. Last event before exit. */
  | { kind: 'loop.stuck'; pending: TaskName[] }
  /** The program ended with an error. type = Python exception type, or an aioscope error code (AIO-…). */
  | { kind: 'error'; type: string; message: string; code?: string }
  | { kind: 'exit'; code: number };

export type TraceEventKind = TraceEventBody['kind'];
export type TraceEvent = EventBase & TraceEventBody;
export type TraceEventOf<K extends TraceEventKind> = EventBase & Extract<TraceEventBody, { kind: K }>;
