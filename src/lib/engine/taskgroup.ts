/* eslint-disable @typescript-eslint/no-this-alias, require-yield -- coroutine bodies are nested generator functions
   (JS has no generator arrows) mirroring CPython's `async def` methods, and some of those never await. */
import { Coroutine } from './coroutine';
import type { EngineContext } from './context';
import type { Future } from './futures';
import type { EventLoop } from './loop';
import { Task, type TaskOptions } from './tasks';

/**
 * asyncio.TaskGroup (taskgroups.py, 3.11 and 3.12+ __aexit__ variants).
 *
 * Invariants: `tasks` holds the group's not-yet-done tasks in creation order (CPython uses a set; we fix creation
 * order, so an abort cancels the others in creation order); the first failing child aborts the group once and
 * cancels the parent task once (`parentCancelRequested`), which __aexit__ withdraws with uncancel().
 */
export class TaskGroup {
  private entered = false;
  private exiting = false;
  private aborting = false;
  private loop: EventLoop | null = null;
  private parentTask: Task | null = null;
  private parentCancelRequested = false;
  private tasks: Task[] = [];
  private errors: unknown[] = [];
  private baseError: unknown = null;
  private onCompletedFut: Future | null = null;

  constructor(
    private readonly ctx: EngineContext,
    private readonly getLoop: () => EventLoop
  ) {}

  repr(): string {
    const info = [''];
    if (this.tasks.length) info.push(`tasks=${this.tasks.length}`);
    if (this.errors.length) info.push(`errors=${this.errors.length}`);
    if (this.aborting) info.push('cancelling');
    else if (this.entered) info.push('entered');
    return `<TaskGroup${info.join(' ')}>`;
  }

  private isBaseError(e: unknown): boolean {
    const h = this.ctx.host;
    return h.isInstance(e, 'SystemExit') || h.isInstance(e, 'KeyboardInterrupt');
  }

  __aenter__(): Coroutine {
    const self = this;
    const host = this.ctx.host;
    function* body(): Generator<unknown, unknown, unknown> {
      if (self.entered) throw host.makeError('RuntimeError', `TaskGroup ${self.repr()} has already been entered`);
      if (self.loop === null) self.loop = self.getLoop();
      self.parentTask = self.loop.current;
      if (self.parentTask === null) {
        throw host.makeError('RuntimeError', `TaskGroup ${self.repr()} cannot determine the parent task`);
      }
      self.entered = true;
      return self;
    }
    return new Coroutine(host, body(), { qualname: 'TaskGroup.__aenter__' });
  }

  /** __aexit__(exc): exc = the exception leaving the block or null. Returns None or raises. */
  __aexit__(exc: unknown = null): Coroutine {
    const self = this;
    const host = this.ctx.host;
    const features = this.ctx.features;
    function* body(): Generator<unknown, unknown, unknown> {
      self.exiting = true;
      const loop = self.loop!;
      const parent = self.parentTask!;
      if (exc !== null && self.isBaseError(exc) && self.baseError === null) self.baseError = exc;
      const isCancel = (e: unknown): boolean =>
        features.cancelledErrorByIsinstance
          ? host.isInstance(e, 'CancelledError')
          : host.typeName(e) === 'CancelledError';
      let propagate: unknown = exc !== null && isCancel(exc) ? exc : null;
      if (!features.taskGroupUncancelsParent && self.parentCancelRequested) {
        if (parent.uncancel() === 0) propagate = null;
      }
      if (exc !== null && !self.aborting) self.abort();
      while (self.tasks.length > 0) {
        if (self.onCompletedFut === null) {
          self.onCompletedFut = loop.create_future();
          self.onCompletedFut.awaiting = {
            kind: 'wait',
            children: self.tasks.map((t) => t.name),
            childIds: self.tasks.map((t) => t.tid),
            label: 'TaskGroup.__aexit__'
          };
        }
        try {
          yield* self.onCompletedFut.__await__();
        } catch (e) {
          if (!(host.isPythonException(e) && host.isInstance(e, 'CancelledError'))) throw e;
          if (!self.aborting) {
            propagate = e;
            self.abort();
          }
        }
        self.onCompletedFut = null;
      }
      if (self.baseError !== null) throw self.baseError;
      if (features.taskGroupUncancelsParent && self.parentCancelRequested) {
        if (parent.uncancel() === 0) propagate = null;
      }
      if (propagate !== null && self.errors.length === 0) throw propagate;
      if (exc !== null && !isCancel(exc)) self.errors.push(exc);
      if (self.errors.length > 0) {
        if (features.taskGroupUncancelsParent && parent.cancelling()) {
          parent.uncancel();
          parent.cancel();
        }
        const eg = host.makeError('BaseExceptionGroup', 'unhandled errors in a TaskGroup', self.errors);
        host.setCause(eg, null);
        self.errors = [];
        throw eg;
      }
      return null;
    }
    return new Coroutine(host, body(), { qualname: 'TaskGroup.__aexit__' });
  }

  create_task(coro: Coroutine, opts: TaskOptions = {}): Task {
    const host = this.ctx.host;
    if (!this.entered) {
      coro.close();
      throw host.makeError('RuntimeError', `TaskGroup ${this.repr()} has not been entered`);
    }
    if (this.exiting && this.tasks.length === 0) {
      coro.close();
      throw host.makeError('RuntimeError', `TaskGroup ${this.repr()} is finished`);
    }
    if (this.aborting) {
      coro.close();
      throw host.makeError('RuntimeError', `TaskGroup ${this.repr()} is shutting down`);
    }
    const loop = this.loop!;
    let task: Task;
    if (!this.ctx.features.createTaskPassesName) {
      // 3.11: loop.create_task(coro) (consumes a Task-N number) then tasks._set_task_name(task, name). The trace
      // carries the name the program first sees (docs/trace-format.md, task.create), as asyncio.create_task does.
      const name = opts.name ?? null;
      if (loop.taskFactory === null) task = new Task(loop, coro, { name, burnNumber: true });
      else {
        task = loop.create_task(coro);
        if (name !== null) task.setNameAfterCreate(name);
      }
      task.add_done_callback((t) => this.onTaskDone(t as Task), { label: 'TaskGroup._on_task_done' });
      this.tasks.push(task);
    } else {
      task = loop.create_task(coro, opts);
      this.tasks.push(task);
      task.add_done_callback((t) => this.onTaskDone(t as Task), { label: 'TaskGroup._on_task_done' });
    }
    return task;
  }

  private abort(): void {
    this.aborting = true;
    for (const t of this.tasks) if (!t.done()) t.cancel(null, 'TaskGroup abort');
  }

  private onTaskDone(task: Task): void {
    const i = this.tasks.indexOf(task);
    if (i >= 0) this.tasks.splice(i, 1);
    if (this.onCompletedFut !== null && this.tasks.length === 0) {
      if (!this.onCompletedFut.done()) this.onCompletedFut.set_result(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this.errors.push(exc);
    if (this.isBaseError(exc) && this.baseError === null) this.baseError = exc;
    const parent = this.parentTask!;
    if (parent.done()) {
      this.loop!.call_exception_handler({
        message: `Task ${task.repr()} has errored out but its parent task ${parent.repr()} is already completed`,
        exception: exc,
        task
      });
      return;
    }
    if (!this.aborting && !this.parentCancelRequested) {
      this.abort();
      this.parentCancelRequested = true;
      parent.cancel(null, 'TaskGroup abort');
    }
  }
}
