import { ensureFuture, type Awaitable } from './awaitables';
import type { Future } from './futures';
import type { EventLoop } from './loop';

/**
 * asyncio.shield(aw): an outer future mirroring `inner` whose cancellation does not reach `inner`.
 * A coroutine is wrapped in a task (ensure_future) in every version.
 */
export function shield(loop: EventLoop, arg: Awaitable): Future {
  const inner = ensureFuture(loop, arg);
  if (inner.done()) return inner;
  const host = loop.host;
  const features = loop.ctx.features;
  const outer = loop.create_future();
  outer.awaiting = { ...inner.describeAwaiting(), label: `shield(${inner.describeAwaiting().label})` };

  const logOnException = (f: Future): void => {
    if (f.cancelled()) return;
    const exc = f.exception();
    if (exc === null) return;
    loop.call_exception_handler({
      message: `${host.typeName(exc)} exception in shielded future`,
      exception: exc,
      future: f
    });
  };

  const innerDone = (f: Future): void => {
    if (outer.cancelled()) {
      if (!features.shieldLogsAbandoned && !f.cancelled()) f.exception();
      return;
    }
    if (f.cancelled()) outer.cancel();
    else {
      const exc = f.exception();
      if (exc !== null) outer.set_exception(exc);
      else outer.set_result(f.result());
    }
  };

  const outerDone = (): void => {
    if (!inner.done()) {
      inner.remove_done_callback(innerDone);
      if (features.shieldLogsAbandoned) {
        inner.remove_done_callback(logOnException);
        inner.add_done_callback(logOnException, { label: '_log_on_exception' });
      }
    }
  };

  if (features.awaitedBy && loop.current !== null) {
    // 3.14 registers an awaited-by bookkeeping callback first; it does nothing observable but takes a ready slot.
    inner.add_done_callback(() => {}, { label: '_clear_awaited_by_callback' });
  }
  inner.add_done_callback(innerDone, { label: 'shield._inner_done_callback' });
  outer.add_done_callback(outerDone, { label: 'shield._outer_done_callback' });
  return outer;
}
