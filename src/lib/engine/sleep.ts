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

/** `sleep(d)` and `sleep(d) timer` labels per delay: programs sleep the same few delays thousands of times. */
const labels = new Map<number, [string, string]>();
function labelsFor(delay: number): [string, string] {
  let l = labels.get(delay);
  if (l === undefined) {
    l = [`sleep(${fmt(delay)})`, `sleep(${fmt(delay)}) timer`];
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
    const [label, timerLabel] = labelsFor(delay);
    const h = loop.call_later(delay, () => setResultUnlessCancelled(future, result), { label: timerLabel });
    future.awaiting = { kind: 'sleep', until: h.whenValue, label };
    try {
      return yield* future.__await__();
    } finally {
      h.cancel();
    }
  }
  return new Coroutine(host, body(), { qualname: 'sleep' });
}
