/**
 * The cross-references the engine adds to trace v1 (tid, task.ready cause, handle ids, timer owners, thread until,
 * loop.block until): for each way a task can be woken, the cause points to the event that really woke it.
 */
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../trace/events';
import { setup } from '../../../tests/support/engine/harness';
import { traceLinkProblems } from '../../../tests/support/engine/trace-links';

/** `task <- kind` for every task.ready after the first one of each task (those are `<- task.create`). */
function wakeups(events: readonly TraceEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.kind !== 'task.ready') continue;
    const c = e.cause === undefined ? undefined : events[e.cause];
    if (c?.kind === 'task.create' && c.tid === e.tid) continue;
    const about = c === undefined ? '?' : 'task' in c && c.task !== null ? `${c.kind} ${c.task}` : c.kind;
    out.push(`${e.task} <- ${about}`);
  }
  return out;
}

function causeOf(events: readonly TraceEvent[], task: string, nth = 0): TraceEvent {
  const readies = events.filter((e) => e.kind === 'task.ready' && e.task === task);
  const r = readies[nth] as Extract<TraceEvent, { kind: 'task.ready' }>;
  return events[r.cause!];
}

describe.each(['3.11', '3.14'] as const)('trace links (%s)', (python) => {
  it('sleep, await task, gather, wait: timer.fire and the task.done of what was awaited', () => {
    const { engine, co, run } = setup(python);
    run(
      co('main', function* () {
        const sleeper = (d: number) =>
          co('sleeper', function* () {
            yield* engine.sleep(d).__await__();
            return d;
          });
        const a = engine.create_task(sleeper(0.2));
        yield* a.__await__();
        yield* engine.gather([sleeper(0.1), sleeper(0.3)]).__await__();
        const b = engine.create_task(sleeper(0.5));
        const c = engine.create_task(sleeper(0.4));
        yield* engine.wait([b, c], { return_when: 'FIRST_COMPLETED' }).__await__();
        yield* b.__await__();
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    expect(wakeups(ev).slice(0, 10)).toEqual([
      'Task-2 <- timer.fire',
      'Task-1 <- task.done Task-2',
      'Task-3 <- timer.fire',
      'Task-4 <- timer.fire',
      'Task-1 <- task.done Task-4', // gather: the last child to finish
      'Task-6 <- timer.fire',
      'Task-1 <- task.done Task-6', // wait FIRST_COMPLETED: c (0.4) before b
      'Task-5 <- timer.fire',
      'Task-1 <- task.done Task-5'
    ]);
    // The first step of each task is caused by its own creation.
    for (const e of ev) {
      if (e.kind === 'task.create') {
        const first = ev.find((x) => x.kind === 'task.ready' && x.tid === e.tid) as { cause?: number } | undefined;
        if (first) expect(first.cause).toBe(e.seq);
      }
    }
    // The timer that woke a sleeper is the one its own step added.
    const fire = causeOf(ev, 'Task-2', 1) as Extract<TraceEvent, { kind: 'timer.fire' }>;
    expect(ev.find((x) => x.kind === 'timer.add' && x.id === fire.id)).toMatchObject({ task: 'Task-2', tid: 2 });
  });

  it('queues: the queue.change of the put/get that handed over the item or the slot', () => {
    const { engine, co, p, run } = setup(python);
    run(
      co('main', function* () {
        const q = engine.Queue(1);
        const consumer = engine.create_task(
          co('consumer', function* () {
            p(String(yield* q.get().__await__()));
          })
        );
        yield* engine.sleep(0).__await__();
        q.put_nowait('x');
        yield* q.put('y').__await__(); // the consumer has not taken 'x' yet: the queue is full
        yield* consumer.__await__();
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    expect(wakeups(ev)).toContain('Task-2 <- queue.change');
    const change = causeOf(ev, 'Task-2', 1);
    expect(change).toMatchObject({ kind: 'queue.change', queue: 'Queue-1', items: ["'x'"], getters: 0 });
    // The putter blocked on the full queue is woken by the get that freed a slot.
    const putterWake = ev.filter((e) => e.kind === 'task.ready' && e.task === 'Task-1').at(-1) as { cause: number };
    expect(ev[putterWake.cause]).toMatchObject({ kind: 'queue.change', items: [], putters: 0 });
  });

  it('events and plain futures: the step or callback that completed them', () => {
    const { engine, co, run } = setup(python);
    run(
      co('main', function* () {
        const flag = engine.Event();
        const waiter = engine.create_task(
          co('waiter', function* () {
            yield* flag.wait().__await__();
          })
        );
        const setter = engine.create_task(
          co('setter', function* () {
            yield* engine.sleep(0.1).__await__();
            flag.set();
          })
        );
        const loop = engine.get_running_loop();
        const fut = loop.create_future();
        loop.call_soon(() => fut.set_result(1), { label: 'set_it' });
        yield* fut.__await__();
        yield* engine.gather([waiter, setter]).__await__();
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    const setterStep = causeOf(ev, 'Task-2', 1);
    expect(setterStep).toMatchObject({ kind: 'task.resume', task: 'Task-3', tid: 3 });
    expect(setterStep.t).toBe(0.1);
    const byCallback = causeOf(ev, 'Task-1', 1) as Extract<TraceEvent, { kind: 'callback.run' }>;
    expect(byCallback).toMatchObject({ kind: 'callback.run', label: 'set_it' });
    const ready = ev.find((e) => e.kind === 'callback.ready' && e.label === 'set_it');
    expect(ready).toMatchObject({ handle: byCallback.handle, cause: ev.find((e) => e.kind === 'task.resume')!.seq });
  });

  it('cancel, sleep(0) and wait_for timeouts', () => {
    const { engine, co, run } = setup(python);
    run(
      co('main', function* () {
        const t = engine.create_task(
          co('victim', function* () {
            yield* engine.sleep(5).__await__();
          })
        );
        yield* engine.sleep(0).__await__();
        t.cancel('bye');
        try {
          yield* t.__await__();
        } catch {
          /* CancelledError */
        }
        try {
          yield* engine.wait_for(engine.sleep(10), 0.5).__await__();
        } catch {
          /* TimeoutError */
        }
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    // sleep(0): the task rescheduled itself during its own step.
    expect(causeOf(ev, 'Task-1', 1)).toMatchObject({ kind: 'task.resume', task: 'Task-1' });
    expect(causeOf(ev, 'Task-2', 1)).toMatchObject({ kind: 'task.cancel', task: 'Task-2', by: 'Task-1', tid: 2 });
    expect(causeOf(ev, 'Task-1', 2)).toMatchObject({ kind: 'task.done', task: 'Task-2', state: 'cancelled' });
    // The timeout's own timer fired: the wake-up chain starts with a timer.fire.
    const kinds = wakeups(ev).slice(3);
    expect(kinds.some((k) => k.endsWith('timer.fire') || k.endsWith('task.cancel Task-1'))).toBe(true);
  });

  it('worker threads: thread.start says until when and which handle delivers; thread.end wakes the awaiter', () => {
    const { engine, co, run } = setup(python);
    run(
      co('main', function* () {
        yield* engine
          .to_thread((thread, start) => {
            engine.print('in thread', { thread, at: start });
            return { ok: true, value: 7, duration: 1.5 };
          }, 'f')
          .__await__();
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    const start = ev.find((e) => e.kind === 'thread.start') as Extract<TraceEvent, { kind: 'thread.start' }>;
    expect(start).toMatchObject({ t: 0, until: 1.5, task: 'Task-1', tid: 1 });
    // Its print (at the start time) comes after it.
    expect(ev[start.seq + 1]).toMatchObject({ kind: 'print', thread: 'asyncio_0', tid: null });
    expect(ev.find((e) => e.kind === 'timer.add' && e.id === start.handle)).toMatchObject({
      when: 1.5,
      label: 'asyncio_0 result'
    });
    expect(ev.find((e) => e.kind === 'callback.run' && e.handle === start.handle)).toBeDefined();
    expect(causeOf(ev, 'Task-1', 1)).toMatchObject({ kind: 'thread.end', thread: 'asyncio_0', t: 1.5 });
  });

  it('tids tell apart tasks that share a name; awaiting and gather carry them', () => {
    const { engine, co, run } = setup(python);
    run(
      co('main', function* () {
        const mk = () =>
          engine.create_task(
            co('w', function* () {
              yield* engine.sleep(0.1).__await__();
            }),
            { name: 'w' }
          );
        const a = mk();
        const b = mk();
        yield* engine.gather([a, b]).__await__();
        yield* a.__await__();
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    const creates = ev.filter((e) => e.kind === 'task.create');
    expect(creates.slice(0, 3).map((e) => [e.task, e.tid, e.parentTid])).toEqual([
      ['Task-1', 1, null],
      ['w', 2, 1],
      ['w', 3, 1]
    ]);
    const gathered = ev.find((e) => e.kind === 'task.suspend' && e.awaiting.kind === 'gather');
    expect(gathered).toMatchObject({ awaiting: { children: ['w', 'w'], childIds: [2, 3] } });
    const doneW = ev.flatMap((e) => (e.kind === 'task.done' && e.task === 'w' ? [e.tid] : []));
    expect(doneW).toEqual([2, 3]);
    // Each w is woken by its own timer (the timer.add of its own step).
    for (const tid of [2, 3]) {
      const wake = ev.filter((e) => e.kind === 'task.ready' && e.tid === tid)[1] as { cause: number };
      const fire = ev[wake.cause] as Extract<TraceEvent, { kind: 'timer.fire' }>;
      expect(ev.find((e) => e.kind === 'timer.add' && e.id === fire.id)).toMatchObject({ task: 'w', tid });
    }
  });

  it('handles: one id space, callback.ready for call_soon, tick handles parallel to labels, timer owners', () => {
    const { engine, co, run } = setup(python);
    run(
      co('main', function* () {
        const loop = engine.get_running_loop();
        loop.call_soon(() => loop.call_later(0.2, () => undefined, { label: 'from_cb' }), { label: 'cb' });
        loop.call_later(0.1, () => undefined, { label: 'from_task' });
        yield* engine.sleep(0.3).__await__();
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    expect(ev.find((e) => e.kind === 'timer.add' && e.label === 'from_task')).toMatchObject({
      task: 'Task-1',
      tid: 1
    });
    expect(ev.find((e) => e.kind === 'timer.add' && e.label === 'from_cb')).toMatchObject({ task: null, tid: null });
    const cb = ev.find((e) => e.kind === 'callback.ready' && e.label === 'cb') as { handle: number };
    const tick = ev.find((e) => e.kind === 'loop.tick' && e.ready.includes('cb')) as Extract<
      TraceEvent,
      { kind: 'loop.tick' }
    >;
    expect(tick.handles![tick.ready.indexOf('cb')]).toBe(cb.handle);
    const ids = ev.flatMap((e) =>
      e.kind === 'timer.add' ? [e.id] : e.kind === 'callback.ready' || e.kind === 'task.ready' ? [e.handle!] : []
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ev.find((e) => e.kind === 'timer.fire')).toMatchObject({ handle: expect.any(Number) });
  });

  it('loop.block is stamped when the block begins; until = t + seconds is the next event time', () => {
    const { engine, co, p, run } = setup(python);
    run(
      co('main', function* () {
        yield* engine.sleep(0.25).__await__();
        engine.blockingSleep(0.5);
        p('after');
      })
    );
    const ev = engine.tracer.events;
    expect(traceLinkProblems(ev)).toEqual([]);
    const block = ev.find((e) => e.kind === 'loop.block') as Extract<TraceEvent, { kind: 'loop.block' }>;
    expect(block).toMatchObject({ t: 0.25, seconds: 0.5, until: 0.75, task: 'Task-1', tid: 1 });
    expect(ev[block.seq + 1]).toMatchObject({ kind: 'print', t: 0.75, tid: 1 });
  });
});
