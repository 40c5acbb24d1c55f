import type { Awaiting } from '../trace/events';
import type { Coroutine } from './coroutine';
import { Future } from './futures';
import type { EventLoop } from './loop';

export interface TaskOptions {
  /** name= (null/undefined: `Task-N`). */
  name?: string | null;
  /** 3.12+ eager_start= (start the first step synchronously when the loop runs). */
  eager_start?: boolean | null;
  /** 3.11 `asyncio.create_task(name=...)`: the Task-N counter is consumed even though a name is given. */
  burnNumber?: boolean;
}

/** The label CPython shows for a task's wakeup callback in reprs (C Task: `Task.task_wakeup()`). */
const WAKEUP_LABEL = 'Task.task_wakeup';

/**
 * asyncio.Task (CPython's tasks.Task): a future that drives a coroutine step by step.
 *
 * Invariants:
 *  - at most one step of a task is pending at any time (either a ready handle or a wakeup callback on `_fut_waiter`);
 *  - `_fut_waiter` is the future the coroutine is blocked on between steps, null while running or ready;
 *  - `_must_cancel` means: throw CancelledError into the coroutine at its next step (set by cancel() when there is
 *    no waiter to cancel); `_num_cancels_requested` counts cancel() calls minus uncancel() calls;
 *  - the trace shows task.create once, then (task.ready → task.resume → task.suspend|task.done)*, task.done once;
 *    every one of them carries `tid` (unique, fixed at creation — the name can change and repeat);
 *  - while a step runs, the tracer's cause is its task.resume; the task's done-callbacks are scheduled with its
 *    task.done as cause, and a cancel that cancels the awaited future does so with the task.cancel as cause.
 */
export class Task extends Future {
  private _name: string;
  _num_cancels_requested = 0;
  _must_cancel = false;
  _fut_waiter: Future | null = null;
  _coro: Coroutine;
  readonly parentName: string | null;
  /** Trace task id: creation order from 1, process-wide. */
  readonly tid: number;
  /** The wakeup done-callback and its options, made once per task (every suspension registers them). */
  private readonly wakeupFn = (f: Future): void => this.wakeup(f);
  private readonly wakeupOpts = { task: this as Task, label: WAKEUP_LABEL };

  constructor(loop: EventLoop, coro: Coroutine, opts: TaskOptions = {}) {
    super(loop);
    const ctx = loop.ctx;
    if (opts.name === undefined || opts.name === null) this._name = `Task-${ctx.nextTaskNumber()}`;
    else {
      if (opts.burnNumber) ctx.nextTaskNumber();
      this._name = opts.name;
    }
    this._coro = coro;
    this.tid = ctx.nextTaskId();
    const parent = loop.current;
    this.parentName = parent?.name ?? null;
    const created = loop.tracer.emitEvent({
      seq: 0,
      t: 0,
      line: null,
      kind: 'task.create',
      task: this._name,
      parent: this.parentName,
      coro: coro.qualname,
      tid: this.tid,
      parentTid: parent?.tid ?? null
    });
    if (opts.eager_start && ctx.features.eagerTasks && loop.is_running()) {
      this.eagerStart();
    } else {
      loop.call_soon(() => this.step(), { task: this, label: `${this._name}.__step`, cause: created.seq });
      loop.registerTask(this);
    }
  }

  override get className(): string {
    return 'Task';
  }

  get name(): string {
    return this._name;
  }

  get_name(): string {
    return this._name;
  }

  set_name(value: string): void {
    this._name = value;
  }

  /**
   * 3.11's tasks._set_task_name right after a task factory built the task (loop.create_task, TaskGroup): the trace
   * carries the name the program first sees (docs/trace-format.md, task.create), so the creation events are renamed
   * when nothing else was emitted since — the oracle applies the same rule.
   */
  setNameAfterCreate(name: string): void {
    const evs = this.loop.tracer.events;
    const mine: { task?: string }[] = [];
    for (let i = evs.length - 1; i >= 0; i--) {
      const ev = evs[i]! as { kind: string; tid?: number; task?: string };
      if (ev.tid !== this.tid || (ev.kind !== 'task.ready' && ev.kind !== 'task.create')) break;
      mine.push(ev);
      if (ev.kind === 'task.create') {
        for (const m of mine) m.task = name;
        break;
      }
    }
    this.set_name(name);
  }

  get_coro(): Coroutine {
    return this._coro;
  }

  override describeAwaiting(): Awaiting {
    return { kind: 'task', task: this._name, tid: this.tid, label: `await ${this._name}` };
  }

  override set_result(_result: unknown): void {
    throw this.loop.host.makeError('RuntimeError', 'Task does not support set_result operation');
  }

  override set_exception(_exception: unknown): void {
    throw this.loop.host.makeError('RuntimeError', 'Task does not support set_exception operation');
  }

  /**
   * Task.cancel(msg). `reason` only annotates the trace (who in asyncio asked: 'wait_for timeout', 'shutdown', ...).
   */
  override cancel(msg: string | null = null, reason?: string): boolean {
    this.logTraceback = false;
    if (this.done()) return false;
    const byTask = this.loop.current;
    const by = byTask?.name ?? null;
    const ids = { tid: this.tid, byTid: byTask?.tid ?? null };
    const ev = this.loop.tracer.emit(
      reason === undefined
        ? { kind: 'task.cancel', task: this._name, by, msg, ...ids }
        : { kind: 'task.cancel', task: this._name, by, msg, reason, ...ids }
    );
    this._num_cancels_requested += 1;
    const waiter = this._fut_waiter;
    if (waiter !== null) {
      // The awaited future's callbacks (this task's wakeup) are scheduled because of this cancel.
      if (this.loop.tracer.withCause(ev.seq, () => waiter.cancel(msg))) return true;
    }
    this._must_cancel = true;
    this._cancel_message = msg;
    return true;
  }

  cancelling(): number {
    return this._num_cancels_requested;
  }

  uncancel(): number {
    if (this._num_cancels_requested > 0) {
      this._num_cancels_requested -= 1;
      if (this._num_cancels_requested === 0 && this.loop.ctx.features.uncancelClearsMustCancel)
        this._must_cancel = false;
    }
    return this._num_cancels_requested;
  }

  override repr(): string {
    const info = this.reprInfo();
    if (this._num_cancels_requested > 0 && !this.done()) info[0] = 'cancelling';
    info.splice(1, 0, `name='${this._name}'`);
    if (this._fut_waiter !== null) info.splice(2, 0, `wait_for=${this._fut_waiter.repr()}`);
    info.splice(2, 0, `coro=<${this.formatCoroutine()}>`);
    return `<Task ${info.join(' ')}>`;
  }

  private formatCoroutine(): string {
    const c = this._coro;
    const file = c.filename ?? '<unknown>';
    if (!c.closed) {
      const line = c.frameLine?.() ?? c.defLine ?? 0;
      return `${c.qualname}() running at ${file}:${line}`;
    }
    return `${c.qualname}() done, defined at ${file}:${c.defLine ?? 0}`;
  }

  protected override onDone(): number {
    const host = this.loop.host;
    let state: 'result' | 'exception' | 'cancelled';
    let detail: string;
    if (this._state === 'CANCELLED') {
      state = 'cancelled';
      const m = this._cancelled_exc !== null ? host.cancelMessage(this._cancelled_exc) : this._cancel_message;
      detail = m ?? '';
    } else if (this._exception !== null) {
      state = 'exception';
      detail = host.repr(this._exception);
    } else {
      state = 'result';
      detail = host.repr(this._result);
    }
    return this.loop.tracer.emitEvent({
      seq: 0,
      t: 0,
      line: null,
      kind: 'task.done',
      task: this._name,
      state,
      detail,
      tid: this.tid
    }).seq;
  }

  // ---------------------------------------------------------------- stepping
  private eagerStart(): void {
    const loop = this.loop;
    const prev = loop.current;
    loop.current = this;
    try {
      this.stepRunAndHandleResult(null);
    } finally {
      loop.current = prev;
      if (!this.done()) loop.registerTask(this);
    }
  }

  /** Task.__step. */
  private step(exc: unknown = null): void {
    const host = this.loop.host;
    if (this.done()) {
      throw host.makeError(
        'InvalidStateError',
        `__step(): already done: ${this.repr()}, ${exc === null ? 'None' : host.repr(exc)}`
      );
    }
    if (this._must_cancel) {
      if (exc === null || !host.isInstance(exc, 'CancelledError')) exc = this._make_cancelled_error();
      this._must_cancel = false;
    }
    this._fut_waiter = null;
    this.loop.enterTask(this);
    try {
      this.stepRunAndHandleResult(exc);
    } finally {
      this.loop.leaveTask(this);
    }
  }

  private stepRunAndHandleResult(exc: unknown): void {
    const tracer = this.loop.tracer;
    const resumed = tracer.emitEvent(
      exc === null
        ? { seq: 0, t: 0, line: null, kind: 'task.resume', task: this._name, tid: this.tid }
        : {
            seq: 0,
            t: 0,
            line: null,
            kind: 'task.resume',
            task: this._name,
            throw: this.loop.host.typeName(exc),
            tid: this.tid
          }
    );
    // Whatever this step completes (futures, queues, events...) was completed by this step.
    const prev = tracer.swapCause(resumed.seq);
    try {
      this.stepBody(exc);
    } finally {
      tracer.swapCause(prev);
    }
  }

  private stepBody(exc: unknown): void {
    const loop = this.loop;
    const host = loop.host;
    const tracer = loop.tracer;
    let r: IteratorResult<unknown, unknown>;
    try {
      r = exc === null ? this._coro.send(null) : this._coro.throw(exc);
    } catch (e) {
      if (!host.isPythonException(e)) throw e;
      if (host.isInstance(e, 'CancelledError')) {
        this._cancelled_exc = e;
        super.cancel();
      } else if (host.isInstance(e, 'KeyboardInterrupt') || host.isInstance(e, 'SystemExit')) {
        super.set_exception(e);
        throw e;
      } else {
        super.set_exception(e);
      }
      return;
    }
    if (r.done) {
      if (this._must_cancel) {
        this._must_cancel = false;
        super.cancel(this._cancel_message);
      } else {
        super.set_result(r.value);
      }
      return;
    }
    const result = r.value;
    if (result instanceof Future) {
      if (result.loop !== loop) {
        this.rescheduleWithError(`Task ${this.repr()} got Future ${result.repr()} attached to a different loop`);
      } else if (result._asyncio_future_blocking) {
        if (result === this) {
          this.rescheduleWithError(`Task cannot await on itself: ${this.repr()}`);
        } else {
          result._asyncio_future_blocking = false;
          tracer.emitEvent({
            seq: 0,
            t: 0,
            line: null,
            kind: 'task.suspend',
            task: this._name,
            awaiting: result.describeAwaiting(),
            tid: this.tid
          });
          result.add_done_callback(this.wakeupFn, this.wakeupOpts);
          this._fut_waiter = result;
          if (this._must_cancel) {
            if (this._fut_waiter.cancel(this._cancel_message)) this._must_cancel = false;
          }
        }
      } else {
        this.rescheduleWithError(`yield was used instead of yield from in task ${this.repr()} with ${result.repr()}`);
      }
    } else if (result === null || result === undefined) {
      tracer.emitEvent({
        seq: 0,
        t: 0,
        line: null,
        kind: 'task.suspend',
        task: this._name,
        awaiting: { kind: 'yield', label: 'sleep(0)' },
        tid: this.tid
      });
      loop.call_soon(() => this.step(), { task: this, label: `${this._name}.__step` });
    } else {
      this.rescheduleWithError(`Task got bad yield: ${host.repr(result)}`);
    }
  }

  private rescheduleWithError(message: string): void {
    const loop = this.loop;
    const err = loop.host.makeError('RuntimeError', message);
    loop.tracer.emit({
      kind: 'task.suspend',
      task: this._name,
      awaiting: { kind: 'future', label: 'bad yield' },
      tid: this.tid
    });
    loop.call_soon(() => this.step(err), { task: this, label: `${this._name}.__step` });
  }

  /** Task.__wakeup: the awaited future is done; step with its exception or plain. */
  private wakeup(fut: Future): void {
    let exc: unknown = null;
    try {
      fut.result();
    } catch (e) {
      if (!this.loop.host.isPythonException(e)) throw e;
      exc = e;
    }
    this.step(exc);
  }
}
