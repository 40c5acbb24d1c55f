/* eslint-disable require-yield -- test coroutines mirror Python `async def`s, many of which never await. */
/** Engine behaviours beyond the fixture list: trace details, version switches, debug mode, errors, threads. */
import { describe, expect, it } from 'vitest';
import { SimulationStuck } from './context';
import { expected, expectedSteps, stepsOf } from '../../../tests/support/engine/fixtures';
import { runExpectingError, setup } from '../../../tests/support/engine/harness';
import { err, PyExc } from '../../../tests/support/engine/js-host';

describe('gather over finished children (version switch)', () => {
  for (const python of ['3.11', '3.14'] as const) {
    it(`python ${python}`, () => {
      const { engine, co, p, out, run } = setup(python);
      const ticker = co('ticker', function* () {
        for (let i = 0; i < 4; i++) {
          p(`tick ${i}`);
          yield* engine.sleep(0).__await__();
        }
      });
      run(
        co('main', function* () {
          const t = engine.create_task(
            co('f', function* () {
              return 1;
            })
          );
          yield* engine.sleep(0).__await__();
          const tk = engine.create_task(ticker);
          yield* engine.sleep(0).__await__();
          p(`before gather ${t.done() ? 'True' : 'False'}`);
          p(`[${(yield* engine.gather([t]).__await__()) as number[]}]`);
          p('after gather');
          yield* tk.__await__();
        })
      );
      if (python === '3.11') {
        expect(out()).toEqual(expected('gather_done_children'));
        expect(stepsOf(engine.tracer.events as never)).toEqual(expectedSteps('gather_done_children'));
      } else {
        // 3.12+ gather calls _done_callback for done children at once: the outer future is done, await doesn't yield.
        expect(out()).toEqual(['tick 0', 'before gather True', '[1]', 'after gather', 'tick 1', 'tick 2', 'tick 3']);
      }
    });
  }
});

describe('errors and aborts', () => {
  it('a program that would hang emits loop.stuck with the pending tasks and throws SimulationStuck', () => {
    const { engine, co, run, kinds } = setup();
    expect(() =>
      run(
        co('main', function* () {
          yield* engine.get_running_loop().create_future().__await__();
        })
      )
    ).toThrow(SimulationStuck);
    const last = engine.tracer.events[engine.tracer.events.length - 1];
    expect(last).toMatchObject({ kind: 'loop.stuck', pending: ['Task-1'] });
    expect(kinds('run.shutdown')).toEqual([]);
  });

  it('a non-Python exception (internal abort) leaves the run at once, without shutdown', () => {
    const { engine, co, run, kinds } = setup();
    const abort = new Error('step budget exceeded');
    expect(() =>
      run(
        co('main', function* () {
          engine.create_task(
            co('bg', function* () {
              yield* engine.sleep(5).__await__();
            })
          );
          yield* engine.sleep(0).__await__();
          throw abort;
        })
      )
    ).toThrow(abort);
    expect(kinds('run.shutdown')).toEqual([]);
  });

  it('main raising: asyncio.run shuts down, then raises the exception', () => {
    const { co, run, kinds } = setup();
    const e = runExpectingError(() =>
      run(
        co('main', function* () {
          throw err('ValueError', 'bad');
        })
      )
    );
    expect(e.type).toBe('ValueError');
    expect(kinds('run.shutdown')).toHaveLength(1);
  });

  it('awaiting a coroutine twice raises RuntimeError', () => {
    const { engine, co, run } = setup();
    const e = runExpectingError(() =>
      run(
        co('main', function* () {
          const c = co('f', function* () {
            return 1;
          });
          yield* c.__await__();
          yield* c.__await__();
        })
      )
    );
    expect(e.args).toEqual(['cannot reuse already awaited coroutine']);
    void engine;
  });

  it('"Task exception was never retrieved" is reported at the end of run, once', () => {
    const { engine, host, co, run, kinds } = setup();
    const seen: string[] = [];
    host.exceptionHandler = (ctx) => seen.push(ctx.message);
    run(
      co('main', function* () {
        engine.create_task(
          co('bad', function* () {
            throw err('ValueError', 'x');
          })
        );
        const ok = engine.create_task(
          co('bad2', function* () {
            throw err('KeyError', 'k');
          })
        );
        yield* engine.sleep(0.1).__await__();
        ok.exception();
      })
    );
    expect(kinds('loop.exception').map((e) => (e as { message: string }).message)).toEqual([
      'Task exception was never retrieved'
    ]);
    expect(seen).toEqual(['Task exception was never retrieved']);
    const last = engine.tracer.events[engine.tracer.events.length - 1];
    expect(last.kind).toBe('loop.exception');
  });

  it('exceptions in plain callbacks go to the exception handler and the loop goes on', () => {
    const { engine, co, p, out, run, kinds } = setup();
    run(
      co('main', function* () {
        engine.get_running_loop().call_soon(
          () => {
            throw err('ZeroDivisionError', 'division by zero');
          },
          { label: 'boom' }
        );
        yield* engine.sleep(0).__await__();
        yield* engine.sleep(0).__await__();
        p('still running');
      })
    );
    expect(out()).toEqual(['still running']);
    expect(kinds('loop.exception')[0]).toMatchObject({ message: 'Exception in callback boom' });
  });
});

describe('trace', () => {
  it('task lifecycle events, ready deque ticks and timers', () => {
    const { engine, co, run } = setup();
    run(
      co('main', function* () {
        const t = engine.create_task(
          co('child', function* () {
            yield* engine.sleep(1).__await__();
            return 'r';
          })
        );
        yield* t.__await__();
      })
    );
    const ev = engine.tracer.events.filter(
      (e) => e.kind !== 'loop.tick' && e.kind !== 'callback.run' && e.kind !== 'callback.ready'
    );
    expect(ev.slice(0, 17).map((e) => e.kind + ('task' in e ? ` ${e.task}` : ''))).toEqual([
      'task.create Task-1',
      'task.ready Task-1',
      'task.resume Task-1',
      'task.create Task-2',
      'task.ready Task-2',
      'task.suspend Task-1',
      'task.resume Task-2',
      'timer.add Task-2',
      'task.suspend Task-2',
      'timer.fire',
      'task.ready Task-2',
      'task.resume Task-2',
      'task.done Task-2',
      'task.ready Task-1',
      'task.resume Task-1',
      'task.done Task-1',
      'run.shutdown'
    ]);
    const susp = engine.tracer.events.filter((e) => e.kind === 'task.suspend');
    expect(susp[0]).toMatchObject({ awaiting: { kind: 'task', task: 'Task-2' } });
    expect(susp[1]).toMatchObject({ awaiting: { kind: 'sleep', until: 1 } });
    const done = engine.tracer.events.find((e) => e.kind === 'task.done' && e.task === 'Task-2');
    expect(done).toMatchObject({ state: 'result', detail: "'r'", t: 1 });
    const ticks = engine.tracer.events.filter((e) => e.kind === 'loop.tick');
    expect(ticks[0]).toMatchObject({ iteration: 1, ready: ['Task-1'] });
  });

  it('a task cancelled by a timeout says why; cancel messages become the done detail', () => {
    const { engine, co, run } = setup();
    run(
      co('main', function* () {
        const t = engine.create_task(
          co('s', function* () {
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
      })
    );
    expect(engine.tracer.events.find((e) => e.kind === 'task.cancel')).toMatchObject({
      task: 'Task-2',
      by: 'Task-1',
      msg: 'bye'
    });
    expect(engine.tracer.events.find((e) => e.kind === 'task.done' && e.task === 'Task-2')).toMatchObject({
      state: 'cancelled',
      detail: 'bye'
    });
    expect(engine.tracer.events.find((e) => e.kind === 'task.resume' && e.task === 'Task-2' && e.throw)).toMatchObject({
      throw: 'CancelledError'
    });
  });

  it('queues have stable names and report their contents', () => {
    const { engine, co, run } = setup();
    run(
      co('main', function* () {
        const a = engine.Queue();
        const b = engine.Queue();
        b.put_nowait(1);
        a.put_nowait('x');
        yield* engine.sleep(0).__await__();
      })
    );
    const ch = engine.tracer.events.filter((e) => e.kind === 'queue.change');
    expect(ch).toMatchObject([
      { queue: 'Queue-2', items: ['1'] },
      { queue: 'Queue-1', items: ["'x'"] }
    ]);
  });

  it('time.sleep blocks the loop: loop.block, clock jump, debug mode reports the slow step', () => {
    const { engine, co, run, kinds } = setup();
    run(
      co('main', function* () {
        engine.blockingSleep(2.003);
        yield* engine.sleep(0).__await__();
        engine.get_running_loop().call_soon(() => engine.blockingSleep(0.12), { label: 'main.<locals>.<lambda>()' });
        yield* engine.sleep(0).__await__();
        engine.blockingSleep(0.05);
      }),
      true
    );
    expect(kinds('loop.block')).toMatchObject([
      { task: 'Task-1', seconds: 2.003, t: 0 },
      { task: null, seconds: 0.12 },
      { seconds: 0.05 }
    ]);
    expect(kinds('loop.exception').map((e) => (e as { message: string }).message)).toEqual([
      "Executing <Task pending name='Task-1' coro=<main() running at <unknown>:0> cb=[_run_until_complete_cb()]> took 2.003 seconds",
      'Executing <Handle main.<locals>.<lambda>()> took 0.120 seconds'
    ]);
  });

  it('no slow-callback report without debug', () => {
    const { engine, co, run, kinds } = setup();
    run(
      co('main', function* () {
        engine.blockingSleep(1);
        yield* engine.sleep(0).__await__();
      })
    );
    expect(kinds('loop.exception')).toEqual([]);
  });

  it('the Task-N counter is process-wide: a second asyncio.run continues after the shutdown tasks', () => {
    const { engine, co, p, out, run } = setup();
    const main = () =>
      co('main', function* () {
        p(engine.current_task()!.get_name());
        yield* engine.sleep(0).__await__();
      });
    run(main());
    run(main());
    // CPython 3.11 prints Task-1 then Task-4 (shutdown_asyncgens and shutdown_default_executor are tasks too).
    expect(out()).toEqual(['Task-1', 'Task-4']);
  });
});

describe('threads', () => {
  it('names the lowest idle thread, reuses it after it finished, and asyncio.run waits for threads', () => {
    const { engine, co, p, timed, run, kinds } = setup();
    const work = (d: number) => (thread: string, start: number) => {
      engine.print(`${thread} start`, { thread, at: start });
      engine.print(`${thread} end`, { thread, at: start + d });
      return { ok: true, value: d, duration: d };
    };
    run(
      co('main', function* () {
        const a = engine.create_task(engine.to_thread(work(1), 'a'));
        const b = engine.create_task(engine.to_thread(work(0.5), 'b'));
        yield* engine.sleep(0.6).__await__();
        engine.create_task(engine.to_thread(work(0.2), 'c'));
        yield* engine.gather([a, b]).__await__();
        p('main done');
        engine.get_running_loop().run_in_executor(null, work(3), 'late');
      })
    );
    expect(timed()).toEqual([
      '0 asyncio_0 start',
      '0 asyncio_1 start',
      '0.5 asyncio_1 end',
      '0.6 asyncio_1 start',
      '0.8 asyncio_1 end',
      '1 asyncio_0 end',
      '1 main done',
      '1 asyncio_0 start',
      '4 asyncio_0 end'
    ]);
    expect(kinds('thread.end').map((e) => e.t)).toEqual([0.5, 0.8, 1, 4]);
    expect(kinds('task.create').map((e) => (e as { coro: string }).coro)).toContain(
      'BaseEventLoop.shutdown_default_executor'
    );
  });

  it('a thread that raises delivers the exception through the future', () => {
    const { engine, co, run } = setup();
    const e = runExpectingError(() =>
      run(
        co('main', function* () {
          yield* engine.to_thread(() => ({ ok: false, value: err('ValueError', 't'), duration: 0.1 }), 'f').__await__();
        })
      )
    );
    expect(e).toBeInstanceOf(PyExc);
    expect(e.type).toBe('ValueError');
    expect(engine.tracer.events.find((x) => x.kind === 'thread.end')).toMatchObject({
      state: 'exception',
      detail: "ValueError('t')"
    });
  });
});

describe('eager tasks (3.12+)', () => {
  it('eager_task_factory runs the first step inside create_task', () => {
    const { engine, co, p, out, run } = setup('3.14');
    run(
      co('main', function* () {
        engine.get_running_loop().set_task_factory(engine.eager_task_factory!);
        const t = engine.create_task(
          co('child', function* () {
            p('child runs');
            yield* engine.sleep(0).__await__();
            p('child resumes');
            return 5;
          })
        );
        p('created');
        p(String(yield* t.__await__()));
      })
    );
    expect(out()).toEqual(['child runs', 'created', 'child resumes', '5']);
  });

  it('does not exist in 3.11', () => {
    expect(setup('3.11').engine.eager_task_factory).toBeUndefined();
  });
});
