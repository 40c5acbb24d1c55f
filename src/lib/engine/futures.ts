import type { Awaiting } from '../trace/events';
import type { HandleTask } from './handles';
import type { EventLoop } from './loop';

export type FutureState = 'PENDING' | 'CANCELLED' | 'FINISHED';

/** The default `awaiting` of every future: one shared object instead of one per future (frozen: never mutated). */
const PLAIN_FUTURE: Awaiting = Object.freeze({ kind: 'future', label: 'Future' }) as Awaiting;

export interface DoneCallbackOptions {
  /** Identity used by remove_done_callback (Python compares callbacks with ==; pass the Python callable). */
  key?: unknown;
  label?: string;
  /** Internal: the callback wakes this task (trace `task.ready`). */
  task?: HandleTask | null;
}

interface CallbackEntry {
  fn: (f: Future) => void;
  key: unknown;
  label: string;
  task: HandleTask | null;
}

/**
 * asyncio.Future on the virtual loop (CPython's futures.Future).
 *
 * Invariants: the state goes PENDING → FINISHED or PENDING → CANCELLED exactly once; done-callbacks are never called
 * directly — when the future completes (or a callback is added to a done future) each is scheduled with call_soon,
 * in registration order; `logTraceback` is true exactly when an exception was set and nobody has looked at it
 * (result()/exception()/cancel()) since. Trace: the callbacks of a completion are scheduled with the event that
 * announced it (a Task's task.done) as cause, else with the tracer's current cause (the step or callback that
 * completed the future); they inherit that cause while they run.
 */
export class Future {
  _state: FutureState = 'PENDING';
  _result: unknown = null;
  _exception: unknown = null;
  _cancel_message: string | null = null;
  _cancelled_exc: unknown = null;
  _asyncio_future_blocking = false;
  logTraceback = false;
  protected callbacks: CallbackEntry[] = [];
  /** What a task awaiting this future waits on (trace `task.suspend` awaiting). Replaced, never mutated. */
  awaiting: Awaiting = PLAIN_FUTURE;
  /** Creation order on the loop (deterministic ordering of end-of-run reports). */
  readonly serial: number;
  /** The front end's object for this future, cached here (opaque to the engine; a WeakMap lookup was slow). */
  hostObject: unknown = undefined;

  constructor(readonly loop: EventLoop) {
    this.serial = loop.nextSerial();
  }

  /** Class name as Python shows it in 'X exception was never retrieved'. */
  get className(): string {
    return 'Future';
  }

  /** What a task that awaits this future waits on (trace `task.suspend`). */
  describeAwaiting(): Awaiting {
    return this.awaiting;
  }

  /** Labels of the registered done-callbacks (reprs show them as cb=[...]). */
  callbackLabels(): string[] {
    return this.callbacks.map((c) => c.label);
  }

  get_loop(): EventLoop {
    return this.loop;
  }

  done(): boolean {
    return this._state !== 'PENDING';
  }

  cancelled(): boolean {
    return this._state === 'CANCELLED';
  }

  _make_cancelled_error(): unknown {
    if (this._cancelled_exc !== null) {
      const exc = this._cancelled_exc;
      this._cancelled_exc = null;
      return exc;
    }
    return this.loop.host.makeError('CancelledError', this._cancel_message);
  }

  /** Future.cancel(msg). `_reason` is only used by Task (trace annotation). */
  cancel(msg: string | null = null, _reason?: string): boolean {
    this.logTraceback = false;
    if (this._state !== 'PENDING') return false;
    this._state = 'CANCELLED';
    this._cancel_message = msg;
    this.scheduleCallbacks(this.onDone());
    return true;
  }

  result(): unknown {
    if (this._state === 'CANCELLED') throw this._make_cancelled_error();
    // CPython's C Future (_asyncio, used by 3.11 and 3.14) says 'Result is not set.' (futures.py: 'not ready').
    if (this._state !== 'FINISHED') throw this.loop.host.makeError('InvalidStateError', 'Result is not set.');
    this.logTraceback = false;
    if (this._exception !== null) throw this._exception;
    return this._result;
  }

  exception(): unknown {
    if (this._state === 'CANCELLED') throw this._make_cancelled_error();
    if (this._state !== 'FINISHED') throw this.loop.host.makeError('InvalidStateError', 'Exception is not set.');
    this.logTraceback = false;
    return this._exception;
  }

  add_done_callback(fn: (f: Future) => void, opts: DoneCallbackOptions = {}): void {
    const entry: CallbackEntry = {
      fn,
      key: opts.key ?? fn,
      label: opts.label ?? 'done callback',
      task: opts.task ?? null
    };
    if (this._state !== 'PENDING') this.scheduleOne(entry, this.loop.tracer.cause);
    else this.callbacks.push(entry);
  }

  /** Remove every registration of the callback (matched by key); returns how many were removed. */
  remove_done_callback(fnOrKey: unknown): number {
    const kept = this.callbacks.filter((c) => c.key !== fnOrKey && c.fn !== fnOrKey);
    const removed = this.callbacks.length - kept.length;
    if (removed > 0) this.callbacks = kept;
    return removed;
  }

  set_result(result: unknown): void {
    if (this._state !== 'PENDING') throw this.invalidState();
    this._result = result;
    this._state = 'FINISHED';
    this.scheduleCallbacks(this.onDone());
  }

  set_exception(exception: unknown): void {
    if (this._state !== 'PENDING') throw this.invalidState();
    const host = this.loop.host;
    if (host.isInstance(exception, 'StopIteration')) {
      const e = host.makeError(
        'RuntimeError',
        'StopIteration interacts badly with generators and cannot be raised into a Future'
      );
      host.setCause(e, exception);
      host.setContext(e, exception);
      exception = e;
    }
    this._exception = exception;
    this._state = 'FINISHED';
    this.scheduleCallbacks(this.onDone());
    this.logTraceback = true;
    this.loop.noteFailedFuture(this);
  }

  /** Future.__await__: `const r = yield* fut.__await__()`. */
  *__await__(): Generator<unknown, unknown, unknown> {
    if (!this.done()) {
      this._asyncio_future_blocking = true;
      yield this;
    }
    if (!this.done()) throw this.loop.host.makeError('RuntimeError', "await wasn't used with future");
    return this.result();
  }

  /** Python repr (best effort, CPython's shape). */
  repr(): string {
    return `<${this.className} ${this.reprInfo().join(' ')}>`;
  }

  /** base_futures._future_repr_info. */
  reprInfo(): string[] {
    const info = [this._state.toLowerCase()];
    if (this._state === 'FINISHED') {
      const host = this.loop.host;
      info.push(
        this._exception !== null ? `exception=${host.repr(this._exception)}` : `result=${host.repr(this._result)}`
      );
    }
    const cbs = this.callbacks.map((c) => `${c.label}()`);
    if (cbs.length === 1) info.push(`cb=[${cbs[0]}]`);
    else if (cbs.length === 2) info.push(`cb=[${cbs[0]}, ${cbs[1]}]`);
    else if (cbs.length > 2) info.push(`cb=[${cbs[0]}, <${cbs.length - 2} more>, ${cbs[cbs.length - 1]}]`);
    return info;
  }

  /**
   * Hook for subclasses (Task emits task.done) — runs after the state changed, before callbacks are scheduled.
   * Returns the seq of the event it emitted (the callbacks' cause), or null.
   */
  protected onDone(): number | null {
    return null;
  }

  /** The C Future's text (futures.py's pure-Python `f'{state}: {self!r}'` is not what CPython runs). */
  private invalidState(): unknown {
    return this.loop.host.makeError('InvalidStateError', 'invalid state');
  }

  private scheduleCallbacks(announced: number | null): void {
    if (this.callbacks.length === 0) return;
    const cbs = this.callbacks;
    this.callbacks = [];
    const cause = announced ?? this.loop.tracer.cause;
    for (const c of cbs) this.scheduleOne(c, cause);
  }

  private scheduleOne(c: CallbackEntry, cause: number | null): void {
    this.loop.call_soon(() => c.fn(this), { label: c.label, task: c.task, cause, inheritCause: true });
  }
}

/** futures._set_result_unless_cancelled. */
export function setResultUnlessCancelled(fut: Future, result: unknown): void {
  if (fut.cancelled()) return;
  fut.set_result(result);
}

/** Future.__await__ as a free function (`yield* awaitFuture(fut)`). */
export function awaitFuture(fut: Future): Generator<unknown, unknown, unknown> {
  return fut.__await__();
}
