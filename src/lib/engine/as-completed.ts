/* eslint-disable @typescript-eslint/no-this-alias -- coroutine bodies are nested generator functions (JS has no
   generator arrows) mirroring CPython's `async def` methods. */
import { ensureFuture, type Awaitable } from './awaitables';
import { Coroutine } from './coroutine';
import type { EngineContext } from './context';
import type { Future } from './futures';
import type { TimerHandle } from './handles';
import type { EventLoop } from './loop';
import { Queue } from './queues';

/**
 * asyncio.as_completed(aws, timeout=).
 *  - 3.13+: `_AsCompletedIterator`, both a plain iterator (`next()` → a coroutine returning the next result) and an
 *    async iterator (`anext()` → a coroutine returning the next finished future).
 *  - 3.11: a generator of coroutines; its setup runs at the first `next()` (as a Python generator's body would).
 * Completion order flows through an internal asyncio Queue, as in CPython. Bare coroutines are wrapped in tasks in
 * argument order (CPython iterates a set; we fix argument order).
 *
 * Invariants: `left` counts the iterations still allowed; each completed future is put in `done` exactly once; a
 * timeout puts one `null` sentinel per unfinished future.
 */
export class AsCompleted {
  private done: Queue | null = null;
  private todo: Future[] = [];
  private timeoutHandle: TimerHandle | null = null;
  private left = 0;
  private started = false;

  constructor(
    private readonly ctx: EngineContext,
    private readonly getLoop: () => EventLoop,
    private readonly aws: Awaitable[],
    private readonly timeout: number | null
  ) {
    if (ctx.features.asCompletedIterator) this.setup();
  }

  private setup(): void {
    this.started = true;
    const loop = this.getLoop();
    this.done = new Queue(this.ctx, this.getLoop, 0, 'as_completed');
    const seen = new Set<Awaitable>();
    for (const aw of this.aws) {
      if (seen.has(aw)) continue;
      seen.add(aw);
      this.todo.push(ensureFuture(loop, aw));
    }
    for (const f of this.todo) f.add_done_callback(this.handleCompletion, { label: 'as_completed._handle_completion' });
    if (this.todo.length > 0 && this.timeout !== null) {
      this.timeoutHandle = loop.call_later(this.timeout, () => this.handleTimeout(), { label: 'as_completed timeout' });
    }
    this.left = this.todo.length;
  }

  private handleTimeout(): void {
    for (const f of this.todo) {
      f.remove_done_callback(this.handleCompletion);
      this.done!.put_nowait(null);
    }
    this.todo = [];
  }

  private handleCompletion = (f: Future): void => {
    if (this.todo.length === 0) return;
    const i = this.todo.indexOf(f);
    if (i >= 0) this.todo.splice(i, 1);
    this.done!.put_nowait(f);
    if (this.todo.length === 0 && this.timeoutHandle !== null) this.timeoutHandle.cancel();
  };

  private waitForOne(resolve: boolean): Coroutine {
    const self = this;
    const host = this.ctx.host;
    function* body(): Generator<unknown, unknown, unknown> {
      const f = (yield* self.done!.get().__await__()) as Future | null;
      if (f === null) throw host.makeError('TimeoutError', null);
      return resolve ? f.result() : f;
    }
    return new Coroutine(host, body(), { qualname: '_wait_for_one' });
  }

  /** Plain iteration (`for c in as_completed(...)`): a coroutine for the next result, or undefined (StopIteration). */
  next(): Coroutine | undefined {
    if (!this.started) this.setup();
    if (this.left === 0) return undefined;
    this.left -= 1;
    return this.waitForOne(true);
  }

  /** Async iteration (3.13+ `async for f in as_completed(...)`): a coroutine for the next finished future, or
   * undefined (StopAsyncIteration). */
  anext(): Coroutine | undefined {
    if (!this.ctx.features.asCompletedIterator) {
      throw this.ctx.host.makeError('TypeError', "'async for' requires an object with __aiter__ method, got generator");
    }
    if (this.left === 0) return undefined;
    this.left -= 1;
    const self = this;
    function* body(): Generator<unknown, unknown, unknown> {
      return yield* self.waitForOne(false).__await__();
    }
    return new Coroutine(this.ctx.host, body(), { qualname: '_AsCompletedIterator.__anext__' });
  }
}
