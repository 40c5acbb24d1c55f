import type { ExceptionContext, Host } from './contract';
import type { Coroutine } from './coroutine';
import { SimulationStuck, type EngineContext } from './context';
import { Deque } from './deque';
import { Future } from './futures';
import { Handle, TimerHandle, type HandleOptions } from './handles';
import { Task, type TaskOptions } from './tasks';
import { ThreadPool, type ThreadWork } from './threads';
import { TimerHeap } from './timer-heap';

export type TaskFactory = (loop: EventLoop, coro: Coroutine, opts: TaskOptions) => Task;

/** CPython's clock resolution rule: in _run_once a timer is due when `when < now + CLOCK_RESOLUTION`. */
export const CLOCK_RESOLUTION = 1e-9;
/** BaseEventLoop.slow_callback_duration (debug mode). */
export const SLOW_CALLBACK_DURATION = 0.1;

const RUN_UNTIL_COMPLETE_KEY = Symbol('_run_until_complete_cb');

/**
 * BaseEventLoop on the virtual clock.
 *
 * Invariants:
 *  - one iteration (_run_once) runs exactly the handles that were in the ready deque when it started (after due
 *    timers joined it); callbacks scheduled meanwhile run in the next iteration;
 *  - the clock only moves forward: when nothing is ready the loop jumps to EXACTLY the earliest live timer's
 *    deadline (never now+timeout); with no timer at all the program is stuck (loop.stuck, SimulationStuck);
 *  - `current` is the task whose step is executing, or null; at most one task runs at a time;
 *  - `tasks` holds every task scheduled on this loop in creation order (all_tasks filters the not-done ones);
 *  - trace: every handle entering the ready deque is announced (task.ready / callback.ready from call_soon,
 *    timer.fire from the heap) with its id; while a plain callback runs the tracer's cause is its timer.fire, the
 *    cause it inherited (done-callbacks) or its own callback.run.
 */
export class EventLoop {
  readonly host: Host;
  readonly ready = new Deque<Handle>();
  readonly scheduled = new TimerHeap();
  current: Task | null = null;
  readonly tasks: Task[] = [];
  taskFactory: TaskFactory | null = null;
  debug = false;
  iteration = 0;
  threads: ThreadPool | null = null;
  private stopping = false;
  private running = false;
  private closed = false;
  private serials = 0;
  private failed: Future[] = [];
  /** BaseEventLoop._asyncgens: async generators first iterated while this loop ran (key → its aclose() maker). */
  readonly asyncgens = new Map<object, () => Coroutine>();
  asyncgensShutdownCalled = false;

  constructor(readonly ctx: EngineContext) {
    this.host = ctx.host;
  }

  get tracer() {
    return this.ctx.tracer;
  }

  time(): number {
    return this.ctx.clock.now;
  }

  nextSerial(): number {
    return this.serials++;
  }

  get_debug(): boolean {
    return this.debug;
  }

  set_debug(b: boolean): void {
    this.debug = b;
  }

  is_running(): boolean {
    return this.running;
  }

  is_closed(): boolean {
    return this.closed;
  }

  stop(): void {
    this.stopping = true;
  }

  close(): void {
    if (this.running) throw this.host.makeError('RuntimeError', 'Cannot close a running event loop');
    this.closed = true;
  }

  checkClosed(): void {
    if (this.closed) throw this.host.makeError('RuntimeError', 'Event loop is closed');
  }

  // ---------------------------------------------------------------- scheduling
  call_soon(callback: () => void, opts: HandleOptions = {}): Handle {
    this.checkClosed();
    const tracer = this.ctx.tracer;
    const h = new Handle(this, callback, opts);
    h.cause = opts.cause !== undefined ? opts.cause : tracer.cause;
    this.ready.push(h);
    // Literals per case instead of spreading `{cause}` / `{tid}` objects: this runs for every handle (hot); the key
    // order (and so the JSON) is the same as before.
    const cause = h.cause;
    const task = h.task;
    if (task !== null) {
      const tid = task.tid;
      if (tid !== undefined) {
        if (cause !== null)
          tracer.emitEvent({ seq: 0, t: 0, line: null, kind: 'task.ready', task: task.name, tid, cause, handle: h.id });
        else tracer.emitEvent({ seq: 0, t: 0, line: null, kind: 'task.ready', task: task.name, tid, handle: h.id });
      } else if (cause !== null)
        tracer.emitEvent({ seq: 0, t: 0, line: null, kind: 'task.ready', task: task.name, cause, handle: h.id });
      else tracer.emitEvent({ seq: 0, t: 0, line: null, kind: 'task.ready', task: task.name, handle: h.id });
    } else if (cause !== null)
      tracer.emitEvent({ seq: 0, t: 0, line: null, kind: 'callback.ready', handle: h.id, label: h.label, cause });
    else tracer.emitEvent({ seq: 0, t: 0, line: null, kind: 'callback.ready', handle: h.id, label: h.label });
    return h;
  }

  call_later(delay: number, callback: () => void, opts: HandleOptions = {}): TimerHandle {
    return this.call_at(this.time() + delay, callback, opts);
  }

  call_at(when: number, callback: () => void, opts: HandleOptions = {}): TimerHandle {
    this.checkClosed();
    const h = new TimerHandle(this, when, opts.id ?? this.ctx.nextHandleId(), callback, opts);
    this.scheduled.push(h);
    const task = this.current;
    this.ctx.tracer.emitEvent({
      seq: 0,
      t: 0,
      line: null,
      kind: 'timer.add',
      id: h.id,
      when,
      label: h.label,
      task: task?.name ?? null,
      tid: task?.tid ?? null
    });
    return h;
  }

  /** BaseEventLoop._timer_handle_cancelled. */
  timerHandleCancelled(h: TimerHandle): void {
    this.tracer.emit({ kind: 'timer.cancel', id: h.id });
  }

  create_future(): Future {
    return new Future(this);
  }

  create_task(coro: Coroutine, opts: TaskOptions = {}): Task {
    this.checkClosed();
    if (this.taskFactory !== null) {
      if (!this.ctx.features.createTaskPassesName) {
        // 3.11: the factory is called without name, then tasks._set_task_name.
        const t = this.taskFactory(this, coro, {});
        if (opts.name !== undefined && opts.name !== null) t.setNameAfterCreate(opts.name);
        return t;
      }
      return this.taskFactory(this, coro, opts);
    }
    return new Task(this, coro, opts);
  }

  set_task_factory(f: TaskFactory | null): void {
    this.taskFactory = f;
  }

  get_task_factory(): TaskFactory | null {
    return this.taskFactory;
  }

  run_in_executor(_executor: unknown, work: ThreadWork, label: string): Future {
    this.checkClosed();
    if (this.threads === null) this.threads = new ThreadPool(this);
    return this.threads.submit(work, label);
  }

  /** _asyncgen_firstiter_hook (3.11+ warns when shutdown_asyncgens was already called; not modelled). */
  trackAsyncgen(key: object, aclose: () => Coroutine): void {
    this.asyncgens.set(key, aclose);
  }

  // ---------------------------------------------------------------- tasks bookkeeping
  registerTask(t: Task): void {
    this.tasks.push(t);
  }

  enterTask(t: Task): void {
    if (this.current !== null) {
      throw this.host.makeError(
        'RuntimeError',
        `Cannot enter into task ${t.repr()} while another task ${this.current.repr()} is being executed.`
      );
    }
    this.current = t;
  }

  leaveTask(t: Task): void {
    if (this.current !== t) {
      throw this.host.makeError('RuntimeError', `Leaving task ${t.repr()} does not match the current task.`);
    }
    this.current = null;
  }

  /** Not-done tasks in creation order (asyncio.all_tasks). */
  allTasks(): Task[] {
    return this.tasks.filter((t) => !t.done());
  }

  noteFailedFuture(f: Future): void {
    this.failed.push(f);
  }

  /** Futures whose exception was never retrieved (creation order) — reported at the end of asyncio.run. */
  unretrieved(): Future[] {
    return this.failed.filter((f) => f.logTraceback).sort((a, b) => a.serial - b.serial);
  }

  call_exception_handler(ctx: ExceptionContext): void {
    this.tracer.emit({ kind: 'loop.exception', message: ctx.message });
    this.host.exceptionHandler?.(ctx);
  }

  // ---------------------------------------------------------------- running
  /** One full iteration (BaseEventLoop._run_once). */
  runOnce(): void {
    this.scheduled.dropCancelledHead();
    if (this.ready.length === 0 && !this.stopping) {
      const next = this.scheduled.peek();
      if (next === undefined) {
        const tasks = this.allTasks();
        const pending = tasks.map((t) => t.name);
        this.tracer.emit({ kind: 'loop.stuck', pending, pendingIds: tasks.map((t) => t.tid) });
        throw new SimulationStuck(pending);
      }
      // select(timeout) returns exactly when the earliest timer is due.
      this.ctx.clock.jumpTo(next.whenValue);
    }
    const end = this.time() + CLOCK_RESOLUTION;
    for (;;) {
      const h = this.scheduled.peek();
      if (h === undefined || h.whenValue >= end) break;
      this.scheduled.pop();
      h.scheduled = false;
      if (!h.cancelledFlag)
        h.cause = this.ctx.tracer.emitEvent({
          seq: 0,
          t: 0,
          line: null,
          kind: 'timer.fire',
          id: h.id,
          handle: h.id
        }).seq;
      this.ready.push(h);
    }
    const ntodo = this.ready.length;
    this.iteration++;
    // One pass over the deque builds both lists (no intermediate arrays nor closure: this runs every iteration).
    const ready: string[] = [];
    const handles: number[] = [];
    for (let i = 0; i < ntodo; i++) {
      const h = this.ready.at(i)!;
      if (!h.cancelledFlag) {
        ready.push(h.describe());
        handles.push(h.id);
      }
    }
    this.ctx.tracer.emitEvent({
      seq: 0,
      t: 0,
      line: null,
      kind: 'loop.tick',
      iteration: this.iteration,
      ready,
      handles
    });
    for (let i = 0; i < ntodo; i++) {
      const h = this.ready.shift()!;
      if (h.cancelledFlag) continue;
      this.runHandle(h);
    }
  }

  private runHandle(h: Handle): void {
    this.host.callbackStarted?.();
    // What the callback completes was completed by: its timer.fire, the completion it continues, or itself. A task
    // step sets its own cause (its task.resume).
    let cause: number | null = null;
    if (h.task === null) {
      const run = this.ctx.tracer.emitEvent({
        seq: 0,
        t: 0,
        line: null,
        kind: 'callback.run',
        label: h.label,
        handle: h.id
      });
      cause = h instanceof TimerHandle || h.inheritCause ? (h.cause ?? run.seq) : run.seq;
    }
    const t0 = this.time();
    try {
      this.tracer.withCause(cause, h.callback);
    } catch (e) {
      if (!this.host.isPythonException(e)) throw e;
      if (this.host.isInstance(e, 'KeyboardInterrupt') || this.host.isInstance(e, 'SystemExit')) throw e;
      this.call_exception_handler({ message: `Exception in callback ${h.label}`, exception: e });
    }
    if (this.debug) {
      const dt = this.time() - t0;
      if (dt >= SLOW_CALLBACK_DURATION) {
        const what = h.task instanceof Task ? h.task.repr() : `<Handle ${h.label}>`;
        const message = `Executing ${what} took ${dt.toFixed(3)} seconds`;
        this.tracer.emit({ kind: 'loop.exception', message });
        // CPython logs this warning on stderr (logger 'asyncio'); the front end writes it like any handler output.
        this.host.exceptionHandler?.({ message });
      }
    }
  }

  run_forever(): void {
    this.checkClosed();
    if (this.running) throw this.host.makeError('RuntimeError', 'This event loop is already running');
    this.running = true;
    try {
      for (;;) {
        this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      this.stopping = false;
      this.running = false;
    }
  }

  /** BaseEventLoop.run_until_complete for a future/task (coroutines are wrapped by the caller). */
  run_until_complete(fut: Future, newTask = false): unknown {
    this.checkClosed();
    fut.add_done_callback(
      (f) => {
        if (!f.cancelled()) {
          const exc = f.exception();
          if (
            exc !== null &&
            (this.host.isInstance(exc, 'KeyboardInterrupt') || this.host.isInstance(exc, 'SystemExit'))
          )
            return;
        }
        this.stop();
      },
      { key: RUN_UNTIL_COMPLETE_KEY, label: '_run_until_complete_cb' }
    );
    try {
      this.run_forever();
    } catch (e) {
      if (newTask && fut.done() && !fut.cancelled() && this.host.isPythonException(e)) fut.exception();
      throw e;
    } finally {
      fut.remove_done_callback(RUN_UNTIL_COMPLETE_KEY);
    }
    if (!fut.done()) throw this.host.makeError('RuntimeError', 'Event loop stopped before Future completed.');
    return fut.result();
  }
}
