/** Property tests over random task programs: invariants of the loop and the trace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Task } from './tasks';
import { setup } from '../../../tests/support/engine/harness';
import { PyExc } from '../../../tests/support/engine/js-host';
import { SimulationStuck } from './context';
import { traceLinkProblems } from '../../../tests/support/engine/trace-links';

type Op =
  | { k: 'sleep'; d: number }
  | { k: 'spawn'; ops: Op[] }
  | { k: 'cancel'; which: number }
  | { k: 'await'; which: number };

const delay = fc.constantFrom(0, 0.1, 0.2, 0.3, 0.5, 1);
const leafOp: fc.Arbitrary<Op> = fc.oneof(
  delay.map((d) => ({ k: 'sleep' as const, d })),
  fc.nat(5).map((which) => ({ k: 'cancel' as const, which })),
  fc.nat(5).map((which) => ({ k: 'await' as const, which }))
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: leafOp },
  { weight: 1, arbitrary: fc.array(leafOp, { maxLength: 4 }).map((ops) => ({ k: 'spawn' as const, ops })) }
);
const program = fc.record({
  python: fc.constantFrom('3.11' as const, '3.14' as const),
  ops: fc.array(op, { maxLength: 10 })
});

function runProgram(python: '3.11' | '3.14', ops: Op[]) {
  const s = setup(python);
  const { engine, co } = s;
  const tasks: Task[] = [];
  const body = (list: Op[], older: number | null) =>
    function* (): Generator<unknown, unknown, unknown> {
      // A task only awaits tasks created before it: no cycles (those recurse in cancel(), as in CPython).
      for (const o of list) {
        try {
          if (o.k === 'sleep') yield* engine.sleep(o.d).__await__();
          else if (o.k === 'spawn') tasks.push(engine.create_task(co('child', body(o.ops, tasks.length))));
          else if (o.k === 'cancel') tasks[o.which % Math.max(1, tasks.length)]?.cancel();
          else {
            const limit = older ?? tasks.length;
            const t = limit > 0 ? tasks[o.which % limit] : undefined;
            if (t !== undefined && t !== engine.current_task()) yield* t.__await__();
          }
        } catch (e) {
          if (!(e instanceof PyExc)) throw e;
          if (e.type === 'CancelledError') throw e;
        }
      }
      return null;
    };
  let stuck = false;
  try {
    s.run(co('main', body(ops, null)));
  } catch (e) {
    if (e instanceof SimulationStuck)
      stuck = true; // tasks awaiting each other: the real program hangs too
    else if (!(e instanceof PyExc)) throw e;
  }
  return Object.assign(s.engine.tracer.events, { stuck });
}

describe('engine invariants (random programs)', () => {
  it('seq has no gaps, t never decreases, one task runs at a time, every suspend is followed by a resume', () => {
    fc.assert(
      fc.property(program, ({ python, ops }) => {
        const events = runProgram(python, ops);
        let running: string | null = null;
        const suspended = new Set<string>();
        const created = new Set<string>();
        const finished = new Set<string>();
        events.forEach((e, i) => {
          expect(e.seq).toBe(i);
          if (i > 0) expect(e.t).toBeGreaterThanOrEqual(events[i - 1].t);
          if (e.kind === 'task.create') created.add(e.task);
          if (e.kind === 'task.resume') {
            expect(running).toBeNull();
            running = e.task;
            suspended.delete(e.task);
          }
          if (e.kind === 'task.suspend' || e.kind === 'task.done') {
            if (e.kind === 'task.suspend' || running === e.task) {
              expect(running).toBe(e.task);
              running = null;
            }
            if (e.kind === 'task.suspend') suspended.add(e.task);
            else finished.add(e.task);
          }
        });
        expect(running).toBeNull();
        // tids, task.ready causes, handle ids: consistent (every task.ready has an earlier cause of a cause kind).
        expect(traceLinkProblems(events)).toEqual([]);
        if (events.stuck) {
          expect(events[events.length - 1].kind).toBe('loop.stuck');
          return;
        }
        // asyncio.run leaves nothing pending: every suspension was resumed and every task finished.
        expect([...suspended]).toEqual([]);
        expect([...created].filter((t) => !finished.has(t))).toEqual([]);
      }),
      { numRuns: 300 }
    );
  });

  it('is deterministic: the same program gives the same trace', () => {
    fc.assert(
      fc.property(program, ({ python, ops }) => {
        expect(JSON.stringify(runProgram(python, ops))).toBe(JSON.stringify(runProgram(python, ops)));
      }),
      { numRuns: 50 }
    );
  });
});
