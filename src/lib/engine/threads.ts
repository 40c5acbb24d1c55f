import type { Future } from './futures';
import type { EventLoop } from './loop';

/**
 * What the front end runs on a worker thread: the Python function, executed synchronously at submission on the
 * thread's own clock starting at `start`. Returns whether it returned normally, its result or exception, and how
 * long it took on that clock.
 */
export type ThreadWork = (thread: string, start: number) => { ok: boolean; value: unknown; duration: number };

interface WorkerThread {
  name: string;
  /** Virtual time at which the thread's current work item ends (idle when <= now). */
  busyUntil: number;
}

/**
 * The loop's default executor (ThreadPoolExecutor(thread_name_prefix='asyncio')) on the virtual clock.
 *
 * Invariants: a submitted function runs at once, on the lowest-numbered idle thread (a new `asyncio_N` when all are
 * busy); its outcome reaches the asyncio future through ONE loop callback at start + duration (a timer entry, so
 * ties with timers go by creation order); `lastEnd` is the latest end of any work item (shutdown waits for it).
 * Trace: thread.start (with `until` = start + duration and the result callback's `handle`), the thread's prints,
 * thread.end at `until`; the woken awaiter's task.ready has the thread.end as cause.
 */
export class ThreadPool {
  private threads: WorkerThread[] = [];
  lastEnd = 0;

  constructor(private readonly loop: EventLoop) {}

  submit(work: ThreadWork, label: string): Future {
    const loop = this.loop;
    const host = loop.host;
    const tracer = loop.tracer;
    const now = loop.time();
    let th = this.threads.find((t) => t.busyUntil <= now);
    if (th === undefined) {
      th = { name: `asyncio_${this.threads.length}`, busyUntil: now };
      this.threads.push(th);
    }
    const fut = loop.create_future();
    fut.awaiting = { kind: 'thread', thread: th.name, label: `to_thread(${label})` };
    const name = th.name;
    th.busyUntil = Number.POSITIVE_INFINITY;
    // The function runs now; what it emits (its prints) is held back so that thread.start, which reports the
    // duration, comes first in the trace.
    const r = tracer.deferring(() => work(name, now));
    const end = now + r.duration;
    th.busyUntil = end;
    if (end > this.lastEnd) this.lastEnd = end;
    // The result callback's id is reserved here and used just below: creation order is unchanged.
    const handle = loop.ctx.nextHandleId();
    const task = loop.current;
    tracer.emit({
      kind: 'thread.start',
      thread: name,
      func: label,
      task: task?.name ?? null,
      tid: task?.tid ?? null,
      until: end,
      handle
    });
    tracer.releaseDeferred();
    const ended = tracer.emitAt(end, {
      kind: 'thread.end',
      thread: name,
      state: r.ok ? 'result' : 'exception',
      detail: host.repr(r.value)
    });
    loop.call_at(
      end,
      () => {
        if (fut.cancelled()) return;
        // The outcome reaching the loop is the thread's end (its timer.fire if thread.end is not written yet).
        tracer.withCause(ended.event?.seq ?? null, () => {
          if (r.ok) fut.set_result(r.value);
          else fut.set_exception(r.value);
        });
      },
      { label: `${name} result`, id: handle }
    );
    return fut;
  }
}
