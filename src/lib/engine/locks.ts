/* eslint-disable @typescript-eslint/no-this-alias, require-yield -- coroutine bodies are nested generator functions
   (JS has no generator arrows) mirroring CPython's `async def` methods, and some of those never await. */
import { Coroutine } from './coroutine';
import type { EngineContext } from './context';
import { Deque } from './deque';
import type { Future } from './futures';
import type { EventLoop } from './loop';

type GetLoop = () => EventLoop;

function isCancelled(ctx: EngineContext, e: unknown): boolean {
  return ctx.host.isPythonException(e) && ctx.host.isInstance(e, 'CancelledError');
}

/** `async with x:` support shared by Lock, Condition and Semaphore (locks._ContextManagerMixin). */
abstract class ContextManagerMixin {
  constructor(protected readonly ctx: EngineContext) {}
  abstract acquire(): Coroutine;
  abstract release(): void;

  /** The Python class name (explicit: a bundler may rename JS classes, so `constructor.name` is not reliable). */
  private pyClassName(): string {
    if (this instanceof BoundedSemaphore) return 'BoundedSemaphore';
    if (this instanceof Semaphore) return 'Semaphore';
    if (this instanceof Condition) return 'Condition';
    if (this instanceof Lock) return 'Lock';
    return this.constructor.name;
  }

  __aenter__(): Coroutine {
    const self = this;
    function* body(): Generator<unknown, unknown, unknown> {
      yield* self.acquire().__await__();
      return null;
    }
    return new Coroutine(this.ctx.host, body(), { qualname: `${this.pyClassName()}.__aenter__` });
  }

  __aexit__(_exc: unknown = null): Coroutine {
    const self = this;
    function* body(): Generator<unknown, unknown, unknown> {
      self.release();
      return null;
    }
    return new Coroutine(this.ctx.host, body(), { qualname: `${this.pyClassName()}.__aexit__` });
  }
}

/**
 * asyncio.Lock.
 * Invariants: `locked` is true while some task holds it; waiters are woken FIFO, one at a time, and a woken waiter
 * takes the lock only when it runs (a newcomer may grab a free lock only if every waiter is cancelled).
 */
export class Lock extends ContextManagerMixin {
  _waiters: Deque<Future> | null = null;
  _locked = false;
  readonly name: string;

  constructor(
    ctx: EngineContext,
    private readonly getLoop: GetLoop
  ) {
    super(ctx);
    this.name = ctx.nextObjectName('Lock');
  }

  locked(): boolean {
    return this._locked;
  }

  acquire(): Coroutine {
    const self = this;
    const ctx = this.ctx;
    function* body(): Generator<unknown, unknown, unknown> {
      if (!self._locked && (self._waiters === null || self._waiters.toArray().every((w) => w.cancelled()))) {
        self._locked = true;
        return true;
      }
      if (self._waiters === null) self._waiters = new Deque();
      const fut = self.getLoop().create_future();
      fut.awaiting = { kind: 'lock', label: `${self.name}.acquire()` };
      self._waiters.push(fut);
      try {
        try {
          yield* fut.__await__();
        } finally {
          self._waiters.remove(fut);
        }
      } catch (e) {
        if (isCancelled(ctx, e) && !self._locked) self.wakeUpFirst();
        throw e;
      }
      self._locked = true;
      return true;
    }
    return new Coroutine(ctx.host, body(), { qualname: 'Lock.acquire' });
  }

  release(): void {
    if (this._locked) {
      this._locked = false;
      this.wakeUpFirst();
    } else throw this.ctx.host.makeError('RuntimeError', 'Lock is not acquired.');
  }

  private wakeUpFirst(): void {
    if (this._waiters === null || this._waiters.length === 0) return;
    const fut = this._waiters.peek()!;
    if (!fut.done()) fut.set_result(true);
  }
}

/**
 * asyncio.Event.
 * Invariants: set() completes every waiter's future at once (even if clear() follows before they run, they still
 * wake and return True); wait() on a set event returns without yielding.
 */
export class Event {
  _waiters = new Deque<Future>();
  _value = false;
  readonly name: string;

  constructor(
    private readonly ctx: EngineContext,
    private readonly getLoop: GetLoop,
    name?: string
  ) {
    this.name = name ?? ctx.nextObjectName('Event');
  }

  is_set(): boolean {
    return this._value;
  }

  set(): void {
    if (!this._value) {
      this._value = true;
      for (const fut of this._waiters.toArray()) if (!fut.done()) fut.set_result(true);
    }
  }

  clear(): void {
    this._value = false;
  }

  wait(label?: { kind: 'event' | 'queue.join'; queue?: string }): Coroutine {
    const self = this;
    function* body(): Generator<unknown, unknown, unknown> {
      if (self._value) return true;
      const fut = self.getLoop().create_future();
      fut.awaiting =
        label?.kind === 'queue.join'
          ? { kind: 'queue.join', queue: label.queue!, label: `${label.queue}.join()` }
          : { kind: 'event', label: `${self.name}.wait()` };
      self._waiters.push(fut);
      try {
        yield* fut.__await__();
        return true;
      } finally {
        self._waiters.remove(fut);
      }
    }
    return new Coroutine(this.ctx.host, body(), { qualname: 'Event.wait' });
  }
}

/** asyncio.Condition (3.11 and 3.12+ wait() differ in how a cancelled waiter re-acquires and hands on a notify). */
export class Condition extends ContextManagerMixin {
  readonly _lock: Lock;
  _waiters = new Deque<Future>();
  readonly name: string;

  constructor(
    ctx: EngineContext,
    private readonly getLoop: GetLoop,
    lock?: Lock | null
  ) {
    super(ctx);
    this._lock = lock ?? new Lock(ctx, getLoop);
    this.name = ctx.nextObjectName('Condition');
  }

  locked(): boolean {
    return this._lock.locked();
  }

  acquire(): Coroutine {
    return this._lock.acquire();
  }

  release(): void {
    this._lock.release();
  }

  wait(): Coroutine {
    const self = this;
    const ctx = this.ctx;
    const host = ctx.host;
    const newFut = (): Future => {
      const f = self.getLoop().create_future();
      f.awaiting = { kind: 'condition', label: `${self.name}.wait()` };
      return f;
    };
    function* reacquire311(): Generator<unknown, void, unknown> {
      let cancelled = false;
      for (;;) {
        try {
          yield* self.acquire().__await__();
          break;
        } catch (e) {
          if (!isCancelled(ctx, e)) throw e;
          cancelled = true;
        }
      }
      if (cancelled) throw host.makeError('CancelledError', null);
    }
    function* body311(): Generator<unknown, unknown, unknown> {
      if (!self.locked()) throw host.makeError('RuntimeError', 'cannot wait on un-acquired lock');
      self.release();
      try {
        const fut = newFut();
        self._waiters.push(fut);
        try {
          yield* fut.__await__();
          return true;
        } finally {
          self._waiters.remove(fut);
        }
      } finally {
        // Python semantics: an exception raised in `finally` replaces the pending one.
        yield* reacquire311();
      }
    }
    function* body314(): Generator<unknown, unknown, unknown> {
      if (!self.locked()) throw host.makeError('RuntimeError', 'cannot wait on un-acquired lock');
      const fut = newFut();
      self.release();
      try {
        try {
          self._waiters.push(fut);
          try {
            yield* fut.__await__();
            return true;
          } finally {
            self._waiters.remove(fut);
          }
        } finally {
          let err: unknown = null;
          for (;;) {
            try {
              yield* self.acquire().__await__();
              break;
            } catch (e) {
              // eslint-disable-next-line no-unsafe-finally -- Python semantics: this raise replaces the pending one
              if (!isCancelled(ctx, e)) throw e;
              err = e;
            }
          }
          // Python: `raise err` in this finally replaces whatever was propagating (CPython's Condition.wait).
          // eslint-disable-next-line no-unsafe-finally
          if (err !== null) throw err;
        }
      } catch (e) {
        if (host.isPythonException(e)) self.notifyN(1);
        throw e;
      }
    }
    return new Coroutine(host, ctx.features.conditionWaitDefersCancel ? body314() : body311(), {
      qualname: 'Condition.wait'
    });
  }

  wait_for(predicate: () => unknown): Coroutine {
    const self = this;
    const host = this.ctx.host;
    const truthy = (v: unknown): boolean => (host.truthy ? host.truthy(v) : Boolean(v));
    function* body(): Generator<unknown, unknown, unknown> {
      let result = predicate();
      while (!truthy(result)) {
        yield* self.wait().__await__();
        result = predicate();
      }
      return result;
    }
    return new Coroutine(host, body(), { qualname: 'Condition.wait_for' });
  }

  notify(n = 1): void {
    if (!this.locked()) throw this.ctx.host.makeError('RuntimeError', 'cannot notify on un-acquired lock');
    this.notifyN(n);
  }

  private notifyN(n: number): void {
    let idx = 0;
    for (const fut of this._waiters.toArray()) {
      if (idx >= n) break;
      if (!fut.done()) {
        idx += 1;
        fut.set_result(false);
      }
    }
  }

  notify_all(): void {
    this.notify(this._waiters.length);
  }
}

/** asyncio.Semaphore (3.11 and 3.12+ wake-up bookkeeping differ, each mirrored). */
export class Semaphore extends ContextManagerMixin {
  _waiters: Deque<Future> | null = null;
  _value: number;
  readonly name: string;

  constructor(
    ctx: EngineContext,
    protected readonly getLoop: GetLoop,
    value = 1,
    kind = 'Semaphore'
  ) {
    super(ctx);
    if (value < 0) throw ctx.host.makeError('ValueError', 'Semaphore initial value must be >= 0');
    this._value = value;
    this.name = ctx.nextObjectName(kind);
  }

  locked(): boolean {
    return this._value === 0 || (this._waiters?.toArray() ?? []).some((w) => !w.cancelled());
  }

  acquire(): Coroutine {
    const self = this;
    const ctx = this.ctx;
    const fair = ctx.features.semaphoreFairWakeup;
    function* body(): Generator<unknown, unknown, unknown> {
      if (!self.locked()) {
        self._value -= 1;
        return true;
      }
      if (self._waiters === null) self._waiters = new Deque();
      const fut = self.getLoop().create_future();
      fut.awaiting = { kind: 'semaphore', label: `${self.name}.acquire()` };
      self._waiters.push(fut);
      if (!fair) {
        try {
          try {
            yield* fut.__await__();
          } finally {
            self._waiters.remove(fut);
          }
        } catch (e) {
          if (isCancelled(ctx, e) && !fut.cancelled()) {
            self._value += 1;
            self.wakeUpNext();
          }
          throw e;
        }
        if (self._value > 0) self.wakeUpNext();
        return true;
      }
      try {
        try {
          yield* fut.__await__();
        } finally {
          self._waiters.remove(fut);
        }
      } catch (e) {
        if (isCancelled(ctx, e) && fut.done() && !fut.cancelled()) self._value += 1;
        throw e;
      } finally {
        while (self._value > 0) {
          if (!self.wakeUpNext()) break;
        }
      }
      return true;
    }
    return new Coroutine(ctx.host, body(), { qualname: 'Semaphore.acquire' });
  }

  release(): void {
    this._value += 1;
    this.wakeUpNext();
  }

  protected wakeUpNext(): boolean {
    if (this._waiters === null || this._waiters.length === 0) return false;
    for (const fut of this._waiters.toArray()) {
      if (!fut.done()) {
        this._value -= 1;
        fut.set_result(true);
        return true;
      }
    }
    return false;
  }
}

export class BoundedSemaphore extends Semaphore {
  private readonly boundValue: number;

  constructor(ctx: EngineContext, getLoop: GetLoop, value = 1) {
    super(ctx, getLoop, value, 'BoundedSemaphore');
    this.boundValue = value;
  }

  override release(): void {
    if (this._value >= this.boundValue) {
      throw this.ctx.host.makeError('ValueError', 'BoundedSemaphore released too many times');
    }
    super.release();
  }
}
