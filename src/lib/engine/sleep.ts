import { Coroutine } from './coroutine';
import type { EngineContext } from './context';
import { setResultUnlessCancelled } from './futures';
import type { EventLoop } from './loop';

/** tasks.__sleep0: a bare yield — the task is rescheduled with call_soon, costing exactly one loop iteration. */
export function* sleep0(): Generator<unknown, void, unknown> {
  yield null;
}

function fmt(delay: number): string {
  return String(delay);
}

/** A delay's labels: `sleep(d)` (awaiting) and the timer's call_later options (label `sleep(d) timer`). */
interface SleepLabels {
  label: string;
  timer: { label: string };
}

/** Labels per delay, made once per run (ctx.sleepLabels): programs sleep the same few delays thousands of times. */
function labelsFor(ctx: EngineContext, delay: number): SleepLabels {
  const labels = ctx.sleepLabels;
  let l = labels.get(delay);
  if (l === undefined) {
    l = { label: `sleep(${fmt(delay)})`, timer: { label: `sleep(${fmt(delay)}) timer` } };
    if (labels.size >= 1024) labels.clear();
    labels.set(delay, l);
  }
  return l;
}

/**
 * asyncio.sleep(delay, result) — a coroutine, as in CPython: delay <= 0 is one bare yield; otherwise a future
 * completed by a call_later timer (deadline = loop.time() + delay), and the timer is cancelled on the way out.
 */
export function sleep(ctx: EngineContext, getLoop: () => EventLoop, delay: number, result: unknown = null): Coroutine {
  const host = ctx.host;
  function* body(): Generator<unknown, unknown, unknown> {
    if (delay <= 0) {
      yield* sleep0();
      return result;
    }
    if (Number.isNaN(delay)) throw host.makeError('ValueError', 'Invalid delay: NaN (not a number)');
    const loop = getLoop();
    const future = loop.create_future();
    const l = labelsFor(ctx, delay);
    // the options object is shared (call_later only reads it)
    const h = loop.call_later(delay, () => setResultUnlessCancelled(future, result), l.timer);
    future.awaiting = { kind: 'sleep', until: h.whenValue, label: l.label };
    try {
      // future.__await__() inlined: one generator (and one `yield*` level on every resume) less per sleep
      if (!future.done()) {
        future._asyncio_future_blocking = true;
        yield future;
      }
      if (!future.done()) throw host.makeError('RuntimeError', "await wasn't used with future");
      return future.result();
    } finally {
      h.cancel();
    }
  }
  return new Coroutine(host, body(), { qualname: 'sleep' });
}
