import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { simulate } from '../simulate';
import { DEBOUNCE_MS, runMachine, verdictOf } from './run.machine';
import type { SimOutcome } from './sim-client';

const FILE = 'main.py';
const OK = 'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("done")\nasyncio.run(main())\n';
const RAISES =
  'import asyncio\nasync def boom():\n    await asyncio.sleep(0.5)\n    raise ValueError("bad value")\n' +
  'async def main():\n    print("waiting")\n    await asyncio.create_task(boom())\nasyncio.run(main())\n';
const SYNTAX = 'def f(:\n';
const SPINS = 'while True:\n    pass\n';
const EXITS = 'import sys\nprint("bye")\nsys.exit(3)\n';

/** The worker, in-process: a real simulation, answered on the next microtask (or a timeout for `HANG`). */
function reply(source: string): SimOutcome {
  if (source === 'HANG') return { kind: 'timeout', ms: 2000 };
  const r = simulate(source, { file: FILE, stepBudget: 200_000 });
  return {
    kind: 'done',
    reply: { id: 1, ok: true, events: r.events, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }
  };
}

function start() {
  const clock = new SimulatedClock();
  const asked: string[] = [];
  const machine = runMachine.provide({
    actors: {
      simulate: fromPromise(async ({ input }: { input: { source: string } }) => {
        asked.push(input.source);
        return reply(input.source);
      })
    }
  });
  const actor = createActor(machine, { input: { file: FILE }, clock });
  actor.start();
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { actor, clock, asked, settle };
}

describe('playground run lifecycle', () => {
  it('debounces edits: only the code as it was when typing paused runs', async () => {
    const { actor, clock, asked, settle } = start();
    expect(actor.getSnapshot().value).toBe('editing');
    actor.send({ type: 'EDIT', source: 'x = 1\n' });
    clock.increment(DEBOUNCE_MS - 1);
    actor.send({ type: 'EDIT', source: OK });
    expect(actor.getSnapshot().value).toBe('debouncing');
    clock.increment(DEBOUNCE_MS - 1);
    expect(asked).toEqual([]);
    clock.increment(1);
    expect(actor.getSnapshot().value).toBe('running');
    await settle();
    expect(asked).toEqual([OK]);
    const s = actor.getSnapshot();
    expect(s.value).toBe('shown');
    expect(s.context.shown?.version).toBe(1);
    expect(s.context.problem).toBeNull();
  });

  it('an uncaught exception is a run: its own trace is shown with the problem, not the earlier run', async () => {
    const { actor, settle } = start();
    actor.send({ type: 'RUN', source: OK });
    await settle();
    actor.send({ type: 'RUN', source: RAISES });
    await settle();
    const s = actor.getSnapshot();
    expect(s.value).toBe('shown');
    expect(s.context.shown?.source).toBe(RAISES);
    expect(s.context.shown?.version).toBe(2);
    expect(s.context.problem).toMatchObject({ code: 'ValueError', line: 4 });
    expect(s.context.shown?.stderr).toContain('Traceback (most recent call last):');
    expect(s.context.shown?.events.some((e) => e.kind === 'task.done' && e.state === 'exception')).toBe(true);
  });

  it('a budget stop and sys.exit are runs too', async () => {
    const { actor, settle } = start();
    actor.send({ type: 'RUN', source: SPINS });
    await settle();
    expect(actor.getSnapshot().value).toBe('shown');
    expect(actor.getSnapshot().context.problem?.code).toBe('AIO-R001');
    actor.send({ type: 'RUN', source: EXITS });
    await settle();
    expect(actor.getSnapshot().value).toBe('shown');
    expect(actor.getSnapshot().context.shown?.exitCode).toBe(3);
  });

  it('a program that cannot start keeps the earlier run, marked stale; with none it fails', async () => {
    const { actor, settle } = start();
    actor.send({ type: 'RUN', source: SYNTAX });
    await settle();
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.problem?.code).toMatch(/^AIO-P/);
    actor.send({ type: 'RUN', source: OK });
    await settle();
    actor.send({ type: 'RUN', source: SYNTAX });
    await settle();
    let s = actor.getSnapshot();
    expect(s.value).toBe('stale');
    expect(s.context.shown?.source).toBe(OK);
    actor.send({ type: 'RUN', source: 'HANG' });
    await settle();
    s = actor.getSnapshot();
    expect(s.value).toBe('stale');
    expect(s.context.problem?.code).toBe('AIO-R008');
    expect(s.context.runs).toBe(4);
  });

  it("an edit during a run drops that run's answer", async () => {
    const { actor, clock, settle } = start();
    actor.send({ type: 'RUN', source: OK });
    actor.send({ type: 'EDIT', source: RAISES });
    await settle();
    expect(actor.getSnapshot().value).toBe('debouncing');
    expect(actor.getSnapshot().context.shown).toBeNull();
    clock.increment(DEBOUNCE_MS);
    await settle();
    expect(actor.getSnapshot().context.shown?.source).toBe(RAISES);
    expect(actor.getSnapshot().context.runs).toBe(1);
  });

  it('sorts worker answers', () => {
    expect(verdictOf({ kind: 'done', reply: { id: 1, ok: false, crash: 'boom' } }, '', FILE).kind).toBe('cannot-start');
    expect(verdictOf(reply(SPINS) as Exclude<SimOutcome, { kind: 'superseded' }>, SPINS, FILE).kind).toBe('ran');
  });
});
