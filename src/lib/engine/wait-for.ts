import { awaitAny, cancelAndWait, ensureFuture, releaseWaiter, type Awaitable } from './awaitables';
import { Coroutine } from './coroutine';
import type { EngineContext } from './context';
import type { EventLoop } from './loop';
import { Task } from './tasks';
import { timeout as makeTimeout } from './timeouts';

/**
 * asyncio.wait_for(aw, timeout) — a coroutine.
 *  - 3.12+: `async with timeouts.timeout(t): return await aw` (a coroutine is awaited directly: no extra task);
 *    timeout <= 0 keeps the old path (ensure_future + _cancel_and_wait).
 *  - 3.11: the old implementation: ensure_future (extra task for a coroutine), a call_later handle releasing a waiter,
 *    and on timeout _cancel_and_wait — TimeoutError is raised only after the inner task finished its cleanup.
 */
export function waitFor(
  ctx: EngineContext,
  getLoop: () => EventLoop,
  aw: Awaitable,
  timeout: number | null
): Coroutine {
  const host = ctx.host;
  const body = ctx.features.waitForIsTimeout ? body314() : body311();
  return new Coroutine(host, body, { qualname: 'wait_for' });

  function toTimeoutError(exc: unknown): unknown {
    const te = host.makeError('TimeoutError', null);
    host.setCause(te, exc);
    host.setContext(te, exc);
    return te;
  }

  function* zeroTimeout(loop: EventLoop): Generator<unknown, unknown, unknown> {
    const fut = ensureFuture(loop, aw);
    if (fut.done()) return fut.result();
    yield* cancelAndWait(loop, fut, 'wait_for timeout');
    try {
      return fut.result();
    } catch (e) {
      if (host.isPythonException(e) && host.isInstance(e, 'CancelledError')) throw toTimeoutError(e);
      throw e;
    }
  }

  function* body314(): Generator<unknown, unknown, unknown> {
    const loop = getLoop();
    if (timeout !== null && timeout <= 0) return yield* zeroTimeout(loop);
    const cm = makeTimeout(ctx, getLoop, timeout);
    yield* cm.__aenter__().__await__();
    let result: unknown;
    try {
      result = yield* awaitAny(aw);
    } catch (e) {
      if (!host.isPythonException(e)) throw e;
      yield* cm.__aexit__(e).__await__();
      throw e;
    }
    yield* cm.__aexit__(null).__await__();
    return result;
  }

  function* body311(): Generator<unknown, unknown, unknown> {
    const loop = getLoop();
    if (timeout === null) return yield* awaitAny(aw);
    if (timeout <= 0) return yield* zeroTimeout(loop);
    const waiter = loop.create_future();
    const timeoutHandle = loop.call_later(timeout, () => releaseWaiter(waiter), { label: 'wait_for timeout' });
    const cb = (): void => releaseWaiter(waiter);
    const fut = ensureFuture(loop, aw);
    waiter.awaiting =
      fut instanceof Task
        ? { kind: 'task', task: fut.name, tid: fut.tid, label: `wait_for(${fut.name}, ${timeout})` }
        : { kind: 'future', label: `wait_for(${timeout})` };
    fut.add_done_callback(cb, { label: '_release_waiter' });
    try {
      try {
        yield* waiter.__await__();
      } catch (e) {
        if (host.isPythonException(e) && host.isInstance(e, 'CancelledError')) {
          if (fut.done()) return fut.result();
          fut.remove_done_callback(cb);
          yield* cancelAndWait(loop, fut, 'wait_for cancelled');
        }
        throw e;
      }
      if (fut.done()) return fut.result();
      fut.remove_done_callback(cb);
      yield* cancelAndWait(loop, fut, 'wait_for timeout');
      try {
        return fut.result();
      } catch (e) {
        if (host.isPythonException(e) && host.isInstance(e, 'CancelledError')) throw toTimeoutError(e);
        throw e;
      }
    } finally {
      timeoutHandle.cancel();
    }
  }
}
