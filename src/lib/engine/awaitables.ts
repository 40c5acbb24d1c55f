import { Coroutine } from './coroutine';
import { Future } from './futures';
import type { EventLoop } from './loop';

/** What asyncio functions accept as an awaitable (other Python awaitables are wrapped into a Coroutine by the front end). */
export type Awaitable = Future | Coroutine;

/** `await x` inside a generator body: `const r = yield* awaitAny(x)`. */
export function awaitAny(x: Awaitable): Generator<unknown, unknown, unknown> {
  return x.__await__();
}

/** tasks.ensure_future: a future is returned as is; a coroutine is wrapped in a task (loop.create_task). */
export function ensureFuture(loop: EventLoop, x: Awaitable): Future {
  if (x instanceof Future) return x;
  if (x instanceof Coroutine) return loop.create_task(x);
  throw loop.host.makeError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
}

/** tasks._release_waiter. */
export function releaseWaiter(waiter: Future): void {
  if (!waiter.done()) waiter.set_result(null);
}

/** tasks._cancel_and_wait: cancel `fut` and wait until it completes (its cleanup has run). */
export function* cancelAndWait(loop: EventLoop, fut: Future, reason: string): Generator<unknown, void, unknown> {
  const waiter = loop.create_future();
  waiter.awaiting = fut.describeAwaiting();
  const cb = (): void => releaseWaiter(waiter);
  fut.add_done_callback(cb, { label: '_release_waiter' });
  try {
    fut.cancel(null, reason);
    yield* waiter.__await__();
  } finally {
    fut.remove_done_callback(cb);
  }
}
