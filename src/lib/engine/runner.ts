import { Coroutine } from './coroutine';
import { SimulationStuck } from './context';
import { gather } from './gather';
import { EventLoop } from './loop';
import type { Task } from './tasks';
import { timeout as makeTimeout } from './timeouts';
import type { EngineContext } from './context';

/** constants.THREAD_JOIN_TIMEOUT (3.12+: shutdown_default_executor gives threads 300 s). */
const THREAD_JOIN_TIMEOUT = 300;

export interface RunOptions {
  debug?: boolean;
}

/**
 * asyncio.run / asyncio.Runner: new loop, main task, run_until_complete, then the shutdown sequence of
 * Runner.close(): cancel leftover tasks (creation order) and run until they finish, shutdown_asyncgens(),
 * shutdown_default_executor() (waits for worker threads) — the last two are real tasks, as in CPython — close the
 * loop, and report futures whose exception was never retrieved.
 *
 * Invariant: a non-Python exception (internal abort, SimulationStuck) leaves at once, skipping the shutdown.
 */
export function runMain(
  ctx: EngineContext,
  setLoop: (loop: EventLoop | null) => void,
  main: Coroutine,
  opts: RunOptions = {}
): unknown {
  const host = ctx.host;
  const loop = new EventLoop(ctx);
  if (opts.debug) loop.set_debug(true);
  setLoop(loop);
  let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    const task = loop.create_task(main);
    try {
      outcome = { ok: true, value: loop.run_until_complete(task, true) };
    } catch (e) {
      if (!host.isPythonException(e)) throw e;
      outcome = { ok: false, error: e };
    }
    try {
      closeRunner(ctx, loop);
    } catch (e) {
      if (!host.isPythonException(e)) throw e;
      outcome = { ok: false, error: e };
    }
  } catch (e) {
    if (e instanceof SimulationStuck) setLoop(null);
    throw e;
  }
  setLoop(null);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

function closeRunner(ctx: EngineContext, loop: EventLoop): void {
  try {
    cancelAllTasks(loop);
    loop.run_until_complete(loop.create_task(shutdownAsyncgens(ctx, loop)), true);
    loop.run_until_complete(loop.create_task(shutdownDefaultExecutor(ctx, loop)), true);
  } finally {
    loop.close();
    for (const f of loop.unretrieved()) {
      f.logTraceback = false;
      loop.call_exception_handler({
        message: `${f.className} exception was never retrieved`,
        exception: f._exception,
        future: f // Future.__del__ / TaskObj_finalize name it 'future' (a Task too)
      });
    }
  }
}

/** runners._cancel_all_tasks. */
function cancelAllTasks(loop: EventLoop): void {
  const toCancel: Task[] = loop.allTasks();
  loop.tracer.emit({
    kind: 'run.shutdown',
    cancelling: toCancel.map((t) => t.name),
    cancellingIds: toCancel.map((t) => t.tid)
  });
  if (toCancel.length === 0) return;
  for (const t of toCancel) t.cancel(null, 'shutdown');
  loop.run_until_complete(gather(loop, toCancel, true));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    const exc = t.exception();
    if (exc !== null) {
      loop.call_exception_handler({
        message: 'unhandled exception during asyncio.run() shutdown',
        exception: exc,
        task: t
      });
    }
  }
}

/**
 * BaseEventLoop.shutdown_asyncgens: aclose() every tracked async generator through one gather (each becomes a task
 * whose coroutine is the async_generator_athrow), then report those that failed.
 */
export function shutdownAsyncgens(ctx: EngineContext, loop: EventLoop): Coroutine {
  function* body(): Generator<unknown, unknown, unknown> {
    loop.asyncgensShutdownCalled = true;
    if (loop.asyncgens.size === 0) return null;
    const alive = new Set(ctx.host.liveAsyncgens?.([...loop.asyncgens.keys()]) ?? loop.asyncgens.keys());
    const closing = [...loop.asyncgens.entries()].filter(([g]) => alive.has(g));
    loop.asyncgens.clear();
    if (closing.length === 0) return null;
    const results = (yield* gather(
      loop,
      closing.map(([, aclose]) => aclose()),
      true
    ).__await__()) as unknown[];
    results.forEach((r, i) => {
      if (ctx.host.isPythonException(r) && ctx.host.isInstance(r, 'Exception'))
        loop.call_exception_handler({
          message: `an error occurred during closing of asynchronous generator ${ctx.host.repr(closing[i]![0])}`,
          exception: r
        });
    });
    return null;
  }
  return new Coroutine(ctx.host, body(), { qualname: 'BaseEventLoop.shutdown_asyncgens' });
}

/** BaseEventLoop.shutdown_default_executor: a helper thread joins the pool and reports back through the loop. */
export function shutdownDefaultExecutor(ctx: EngineContext, loop: EventLoop): Coroutine {
  const host = ctx.host;
  function* body(): Generator<unknown, unknown, unknown> {
    const pool = loop.threads;
    if (pool === null) return null;
    const future = loop.create_future();
    future.awaiting = { kind: 'thread', thread: 'executor', label: 'join worker threads' };
    loop.call_at(
      Math.max(loop.time(), pool.lastEnd),
      () => {
        if (!future.cancelled()) future.set_result(null);
      },
      { label: 'executor shutdown done' }
    );
    if (!ctx.features.executorShutdownTimeout) {
      yield* future.__await__();
      return null;
    }
    const cm = makeTimeout(ctx, () => loop, THREAD_JOIN_TIMEOUT);
    yield* cm.__aenter__().__await__();
    try {
      yield* future.__await__();
    } catch (e) {
      if (!host.isPythonException(e)) throw e;
      try {
        yield* cm.__aexit__(e).__await__();
      } catch (e2) {
        if (host.isPythonException(e2) && host.isInstance(e2, 'TimeoutError')) {
          ctx.tracer.emit({
            kind: 'warning',
            category: 'RuntimeWarning',
            message: `The executor did not finishing joining its threads within ${THREAD_JOIN_TIMEOUT} seconds.`
          });
          return null;
        }
        throw e2;
      }
      throw e;
    }
    yield* cm.__aexit__(null).__await__();
    return null;
  }
  return new Coroutine(host, body(), { qualname: 'BaseEventLoop.shutdown_default_executor' });
}
