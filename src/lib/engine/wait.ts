import { Coroutine } from './coroutine';
import { releaseWaiter } from './awaitables';
import { Future } from './futures';
import type { EventLoop } from './loop';
import { Task } from './tasks';

export type ReturnWhen = 'FIRST_COMPLETED' | 'FIRST_EXCEPTION' | 'ALL_COMPLETED';

/**
 * asyncio.wait(fs, timeout=, return_when=) — a coroutine. Result: [done, pending] as arrays in argument order
 * (Python sets; the front end makes them). Coroutines are refused, as in 3.11+.
 */
export function wait(
  getLoop: () => EventLoop,
  fsIn: unknown[],
  timeout: number | null,
  returnWhen: ReturnWhen,
  host: EventLoop['host']
): Coroutine {
  function* body(): Generator<unknown, unknown, unknown> {
    if (fsIn.length === 0) throw host.makeError('ValueError', 'Set of Tasks/Futures is empty.');
    if (!['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'].includes(returnWhen)) {
      throw host.makeError('ValueError', `Invalid return_when value: ${returnWhen}`);
    }
    const fs: Future[] = [];
    for (const f of fsIn) {
      if (f instanceof Coroutine)
        throw host.makeError('TypeError', 'Passing coroutines is forbidden, use tasks explicitly.');
      if (!(f instanceof Future))
        throw host.makeError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
      if (!fs.includes(f)) fs.push(f);
    }
    const loop = getLoop();
    return yield* waitImpl(loop, fs, timeout, returnWhen);
  }
  return new Coroutine(host, body(), { qualname: 'wait' });
}

/** tasks._wait. */
export function* waitImpl(
  loop: EventLoop,
  fs: Future[],
  timeout: number | null,
  returnWhen: ReturnWhen
): Generator<unknown, [Future[], Future[]], unknown> {
  const waiter = loop.create_future();
  const names = fs.map((f) => (f instanceof Task ? f.name : 'Future'));
  const childIds = fs.map((f) => (f instanceof Task ? f.tid : null));
  waiter.awaiting = { kind: 'wait', children: names, childIds, label: `wait(${names.join(', ')})` };
  const timeoutHandle =
    timeout !== null ? loop.call_later(timeout, () => releaseWaiter(waiter), { label: 'wait timeout' }) : null;
  let counter = fs.length;
  const onCompletion = (f: Future): void => {
    counter -= 1;
    if (
      counter <= 0 ||
      returnWhen === 'FIRST_COMPLETED' ||
      (returnWhen === 'FIRST_EXCEPTION' && !f.cancelled() && f.exception() !== null)
    ) {
      timeoutHandle?.cancel();
      if (!waiter.done()) waiter.set_result(null);
    }
  };
  for (const f of fs) f.add_done_callback(onCompletion, { label: '_wait._on_completion' });
  try {
    yield* waiter.__await__();
  } finally {
    timeoutHandle?.cancel();
    for (const f of fs) f.remove_done_callback(onCompletion);
  }
  const done: Future[] = [];
  const pending: Future[] = [];
  for (const f of fs) (f.done() ? done : pending).push(f);
  return [done, pending];
}
