/* eslint-disable @typescript-eslint/no-this-alias -- coroutine bodies are nested generator functions (JS has no
   generator arrows) mirroring CPython's `async def` methods. */
import { Coroutine, WOULD_SUSPEND, type CoroutineInfo } from './coroutine';
import type { EngineContext } from './context';
import { Deque } from './deque';
import type { Future } from './futures';
import { heappop, heappush } from './heapq';
import { Event } from './locks';
import type { EventLoop } from './loop';

type GetLoop = () => EventLoop;

const PUT_INFO: CoroutineInfo = { qualname: 'Queue.put' };
const GET_INFO: CoroutineInfo = { qualname: 'Queue.get' };

/**
 * asyncio.Queue (and the LifoQueue / PriorityQueue storage variants).
 *
 * Invariants: getters/putters are FIFO deques of futures; put_nowait wakes the first not-done getter WITHOUT
 * reserving the item for it (another task may take it first; the woken getter then waits again); `_finished` is
 * set exactly when unfinished_tasks == 0. `name` is stable for the trace (`Queue-1`, `LifoQueue-1`, ...).
 * Trace: a put/get/shutdown emits its queue.change BEFORE completing the waiter it wakes (the waiter is already
 * out of the deque, as after CPython's _wakeup_next), so that change is the woken task's task.ready cause.
 */
export class Queue {
  readonly _getters = new Deque<Future>();
  readonly _putters = new Deque<Future>();
  _unfinished_tasks = 0;
  readonly _finished: Event;
  _is_shutdown = false;
  readonly name: string;
  protected items: unknown[] = [];
  private head = 0;

  constructor(
    protected readonly ctx: EngineContext,
    protected readonly getLoop: GetLoop,
    readonly maxsize: number = 0,
    kind = 'Queue'
  ) {
    this.name = ctx.nextObjectName(kind);
    this._finished = new Event(ctx, getLoop, `${this.name}._finished`);
    this._finished.set();
  }

  // ---- storage (Queue: FIFO deque)
  protected _put(item: unknown): void {
    this.items.push(item);
  }

  protected _get(): unknown {
    const x = this.items[this.head];
    this.items[this.head] = undefined;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }

  /** Items in storage order (for the trace / repr). */
  contents(): unknown[] {
    return this.items.slice(this.head);
  }

  qsize(): number {
    return this.items.length - this.head;
  }

  empty(): boolean {
    return this.qsize() === 0;
  }

  full(): boolean {
    return this.maxsize > 0 && this.qsize() >= this.maxsize;
  }

  private wakeupNext(waiters: Deque<Future>): void {
    this.popWaiter(waiters)?.set_result(null);
  }

  /** _wakeup_next's search: drop done waiters from the front, take the first pending one (not completed yet). */
  private popWaiter(waiters: Deque<Future>): Future | null {
    while (waiters.length > 0) {
      const w = waiters.shift()!;
      if (!w.done()) return w;
    }
    return null;
  }

  /** Emit queue.change, then wake `waiters` (already out of the deques) with that change as their cause. */
  private changedThenWake(waiters: (Future | null)[]): void {
    const seq = this.changed();
    if (waiters.length === 1 && waiters[0] === null) return; // nobody to wake (the common case): no closure
    this.ctx.tracer.withCause(seq, () => {
      for (const w of waiters) w?.set_result(null);
    });
  }

  /**
   * The items and reprs of the last queue.change. Every queue.change lists the whole queue, and between two changes
   * the contents mostly just shifted by one (a get) or grew at the end (a put): the repr of an item that is still
   * there is reused instead of recomputed (a new string kept in the trace each time). Only for JS primitives, whose
   * repr can never change (objects are mutable: always repr'd afresh).
   */
  private lastItems: unknown[] = [];
  private lastReprs: string[] = [];

  private itemReprs(): string[] {
    const host = this.ctx.host;
    const items = this.contents();
    const last = this.lastItems;
    const lastReprs = this.lastReprs;
    // Where the previous contents line up with the new ones: same start, or one item was taken from the front.
    const d = last.length > 1 && items.length > 0 && last[0] !== items[0] && last[1] === items[0] ? 1 : 0;
    const out = new Array<string>(items.length);
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      const j = i + d;
      // `===` also equates 0 and -0 (different reprs): zeros are never reused.
      out[i] =
        j < last.length && last[j] === x && (typeof x !== 'object' || x === null) && x !== 0 && typeof x !== 'function'
          ? lastReprs[j]!
          : host.repr(x);
    }
    this.lastItems = items;
    this.lastReprs = out;
    return out;
  }

  private changed(): number {
    return this.ctx.tracer.emitEvent({
      seq: 0,
      t: 0,
      line: null,
      kind: 'queue.change',
      queue: this.name,
      items: this.itemReprs(),
      getters: this._getters.length,
      putters: this._putters.length
    }).seq;
  }

  private shutdownError(): unknown {
    return this.ctx.host.makeError('QueueShutDown', null);
  }

  put(item: unknown): Coroutine {
    const self = this;
    const host = this.ctx.host;
    const shutdown = this.ctx.features.queueShutdown;
    const body = function* (): Generator<unknown, unknown, unknown> {
      while (self.full()) {
        if (shutdown && self._is_shutdown) throw self.shutdownError();
        const putter = self.getLoop().create_future();
        putter.awaiting = { kind: 'queue.put', queue: self.name, label: `${self.name}.put()` };
        self._putters.push(putter);
        self.changed();
        try {
          // putter.__await__() inlined (one generator less per blocking put); the result is None
          if (!putter.done()) {
            putter._asyncio_future_blocking = true;
            yield putter;
          }
          if (!putter.done()) throw host.makeError('RuntimeError', "await wasn't used with future");
          putter.result();
        } catch (e) {
          if (!host.isPythonException(e)) throw e;
          putter.cancel();
          self._putters.remove(putter);
          if (!self.full() && !putter.cancelled()) self.wakeupNext(self._putters);
          throw e;
        }
      }
      self.put_nowait(item);
      return null;
    };
    // fast path (room in the queue): exactly what the body does when it does not wait; no generator is made then
    const fast = () => {
      if (self.full()) return WOULD_SUSPEND;
      self.put_nowait(item);
      return null;
    };
    return new Coroutine(host, body, PUT_INFO, fast);
  }

  put_nowait(item: unknown): void {
    if (this.ctx.features.queueShutdown && this._is_shutdown) throw this.shutdownError();
    if (this.full()) throw this.ctx.host.makeError('QueueFull', null);
    this._put(item);
    this._unfinished_tasks += 1;
    this._finished.clear();
    this.changedThenWake([this.popWaiter(this._getters)]);
  }

  get(): Coroutine {
    const self = this;
    const host = this.ctx.host;
    const shutdown = this.ctx.features.queueShutdown;
    const body = function* (): Generator<unknown, unknown, unknown> {
      while (self.empty()) {
        if (shutdown && self._is_shutdown && self.empty()) throw self.shutdownError();
        const getter = self.getLoop().create_future();
        getter.awaiting = { kind: 'queue.get', queue: self.name, label: `${self.name}.get()` };
        self._getters.push(getter);
        self.changed();
        try {
          // getter.__await__() inlined (one generator less per blocking get); the result is None
          if (!getter.done()) {
            getter._asyncio_future_blocking = true;
            yield getter;
          }
          if (!getter.done()) throw host.makeError('RuntimeError', "await wasn't used with future");
          getter.result();
        } catch (e) {
          if (!host.isPythonException(e)) throw e;
          getter.cancel();
          self._getters.remove(getter);
          if (!self.empty() && !getter.cancelled()) self.wakeupNext(self._getters);
          throw e;
        }
      }
      return self.get_nowait();
    };
    // fast path (an item is there): exactly what the body does when it does not wait; no generator is made then
    const fast = () => (self.empty() ? WOULD_SUSPEND : self.get_nowait());
    return new Coroutine(host, body, GET_INFO, fast);
  }

  get_nowait(): unknown {
    if (this.empty()) {
      if (this.ctx.features.queueShutdown && this._is_shutdown) throw this.shutdownError();
      throw this.ctx.host.makeError('QueueEmpty', null);
    }
    const item = this._get();
    this.changedThenWake([this.popWaiter(this._putters)]);
    return item;
  }

  task_done(): void {
    if (this._unfinished_tasks <= 0) throw this.ctx.host.makeError('ValueError', 'task_done() called too many times');
    this._unfinished_tasks -= 1;
    if (this._unfinished_tasks === 0) this._finished.set();
  }

  join(): Coroutine {
    const self = this;
    function* body(): Generator<unknown, unknown, unknown> {
      if (self._unfinished_tasks > 0) yield* self._finished.wait({ kind: 'queue.join', queue: self.name }).__await__();
      return null;
    }
    return new Coroutine(this.ctx.host, body(), { qualname: 'Queue.join' });
  }

  /** Queue.shutdown(immediate=False), 3.13+. */
  shutdown(immediate = false): void {
    this._is_shutdown = true;
    if (immediate) {
      while (!this.empty()) {
        this._get();
        if (this._unfinished_tasks > 0) this._unfinished_tasks -= 1;
      }
      if (this._unfinished_tasks === 0) this._finished.set();
    }
    const woken: Future[] = [];
    for (const waiters of [this._getters, this._putters]) {
      while (waiters.length > 0) {
        const w = waiters.shift()!;
        if (!w.done()) woken.push(w);
      }
    }
    this.changedThenWake(woken);
  }
}

/** asyncio.LifoQueue: last in, first out. */
export class LifoQueue extends Queue {
  constructor(ctx: EngineContext, getLoop: GetLoop, maxsize = 0, kind = 'LifoQueue') {
    super(ctx, getLoop, maxsize, kind);
  }

  protected override _put(item: unknown): void {
    this.items.push(item);
  }

  protected override _get(): unknown {
    return this.items.pop();
  }

  override contents(): unknown[] {
    return this.items.slice();
  }

  override qsize(): number {
    return this.items.length;
  }
}

/** asyncio.PriorityQueue: a heapq-ordered list compared with Python's `<` (host.lessThan). */
export class PriorityQueue extends LifoQueue {
  constructor(ctx: EngineContext, getLoop: GetLoop, maxsize = 0) {
    super(ctx, getLoop, maxsize, 'PriorityQueue');
  }

  private lt = (a: unknown, b: unknown): boolean => {
    const host = this.ctx.host;
    return host.lessThan ? host.lessThan(a, b) : (a as number) < (b as number);
  };

  protected override _put(item: unknown): void {
    heappush(this.items, item, this.lt);
  }

  protected override _get(): unknown {
    return heappop(this.items, this.lt);
  }
}
