/**
 * Engine invariants checked on the traces of whole Python programs run through simulate() (fast-check):
 *  - one task runs at a time: no task.resume while another task is between its resume and its suspend/done;
 *  - t never decreases; seq counts from 0 without gaps; the trace ends with exit;
 *  - every task.suspend is followed by a task.resume or task.done of that task, or by loop.stuck listing it;
 *  - every created task gets a task.done or is listed pending in loop.stuck.
 * Programs: small generated ones that may deadlock (events never set, queues never filled, cancellations), and the
 * differential fuzzer's valid programs (tests/fuzz/generate.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/simulate';
import type { TraceEvent } from '../../src/lib/trace/events';
import { generateProgram } from '../fuzz/generate';

/** What one worker does, step by step. */
type Act =
  | { k: 'sleep'; d: string }
  | { k: 'print' }
  | { k: 'wait_event'; ev: number }
  | { k: 'set_event'; ev: number }
  | { k: 'get' }
  | { k: 'put' }
  | { k: 'cancel'; w: number }
  | { k: 'await_task'; w: number }
  | { k: 'lock' }
  | { k: 'spawn' };

const act: fc.Arbitrary<Act> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('0', '0.1', '0.25', '1', '0.1 + 0.2').map((d) => ({ k: 'sleep' as const, d }))
  },
  { weight: 2, arbitrary: fc.constant({ k: 'print' as const }) },
  { weight: 1, arbitrary: fc.nat(1).map((ev) => ({ k: 'wait_event' as const, ev })) },
  { weight: 1, arbitrary: fc.nat(1).map((ev) => ({ k: 'set_event' as const, ev })) },
  { weight: 1, arbitrary: fc.constant({ k: 'get' as const }) },
  { weight: 1, arbitrary: fc.constant({ k: 'put' as const }) },
  { weight: 1, arbitrary: fc.nat(3).map((w) => ({ k: 'cancel' as const, w })) },
  { weight: 1, arbitrary: fc.nat(3).map((w) => ({ k: 'await_task' as const, w })) },
  { weight: 1, arbitrary: fc.constant({ k: 'lock' as const }) },
  { weight: 1, arbitrary: fc.constant({ k: 'spawn' as const }) }
);

const programArb = fc.record({
  workers: fc.array(fc.array(act, { maxLength: 6 }), { minLength: 1, maxLength: 4 }),
  gather: fc.boolean(),
  python: fc.constantFrom('3.11' as const, '3.14' as const)
});

/** Python source for a generated program; `W[i]` holds worker i's task once created (awaiting later ones is skipped). */
function source(p: { workers: Act[][]; gather: boolean }): string {
  const out = ['import asyncio', '', 'W = []', ''];
  out.push('async def leaf(i):', '    await asyncio.sleep(0.1)', '    print("leaf", i)', '');
  p.workers.forEach((acts, i) => {
    out.push(`async def w${i}(evs, q, lock):`, `    print("w${i} start")`);
    acts.forEach((a, j) => {
      const s = (line: string) => out.push('    ' + line);
      switch (a.k) {
        case 'sleep':
          s(`await asyncio.sleep(${a.d})`);
          break;
        case 'print':
          s(`print("w${i} step ${j}")`);
          break;
        case 'wait_event':
          s(`await evs[${a.ev}].wait()`);
          break;
        case 'set_event':
          s(`evs[${a.ev}].set()`);
          break;
        case 'get':
          s('print("got", await q.get())');
          break;
        case 'put':
          s(`await q.put(${i * 10 + j})`);
          break;
        case 'cancel':
          s(`if len(W) > ${a.w} and W[${a.w}] is not asyncio.current_task(): W[${a.w}].cancel()`);
          break;
        case 'await_task':
          // only tasks created before this one: awaiting in a cycle recurses in CPython's cancel()
          if (a.w < i) {
            s('try:');
            s(`    await W[${a.w}]`);
            s('except BaseException as e:');
            s(`    print("w${i} saw", type(e).__name__)`);
          } else s('await asyncio.sleep(0)');
          break;
        case 'lock':
          s('async with lock:');
          s('    await asyncio.sleep(0.1)');
          break;
        case 'spawn':
          s(`await asyncio.create_task(leaf(${i * 10 + j}))`);
          break;
      }
    });
    out.push(`    return ${i}`, '');
  });
  out.push(
    'async def main():',
    '    evs = [asyncio.Event(), asyncio.Event()]',
    '    q = asyncio.Queue()',
    '    lock = asyncio.Lock()'
  );
  p.workers.forEach((_, i) => out.push(`    W.append(asyncio.create_task(w${i}(evs, q, lock)))`));
  if (p.gather) out.push('    print(await asyncio.gather(*W, return_exceptions=True))');
  else out.push('    await asyncio.sleep(0.5)', '    print("main done")');
  out.push('', 'asyncio.run(main())', '');
  return out.join('\n');
}

/** All the invariants; returns the first violation, or null. */
export function traceProblems(events: TraceEvent[]): string | null {
  let running: number | string | null = null;
  const key = (e: { task: string; tid?: number }) => e.tid ?? e.task;
  const created = new Map<number | string, number>();
  const done = new Set<number | string>();
  const openSuspend = new Map<number | string, number>();
  let stuck: Set<number | string> | null = null;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.seq !== i) return `seq ${e.seq} at index ${i}`;
    if (i > 0 && e.t < events[i - 1]!.t) return `t went back at seq ${i}`;
    switch (e.kind) {
      case 'task.create':
        created.set(key(e), i);
        break;
      case 'task.resume':
        if (running !== null) return `seq ${i}: ${e.task} resumed while ${running} runs`;
        running = key(e);
        openSuspend.delete(key(e));
        break;
      case 'task.suspend':
        if (running !== key(e)) return `seq ${i}: ${e.task} suspended but ${running} was running`;
        running = null;
        openSuspend.set(key(e), i);
        break;
      case 'task.done':
        if (running === key(e)) running = null;
        else if (running !== null) return `seq ${i}: ${e.task} finished while ${running} runs`;
        openSuspend.delete(key(e));
        done.add(key(e));
        break;
      case 'loop.stuck':
        if (running !== null) return `seq ${i}: loop.stuck while ${running} runs`;
        stuck = new Set<number | string>(e.pendingIds ?? e.pending);
        break;
    }
  }
  const last = events[events.length - 1];
  if (last?.kind !== 'exit') return 'the trace does not end with exit';
  if (running !== null && !events.some((e) => e.kind === 'error'))
    return `task ${running} resumed and never suspended or finished`;
  for (const [task, at] of openSuspend) {
    if (!stuck?.has(task)) return `task ${task} suspended at seq ${at} and never resumed, finished or reported stuck`;
  }
  for (const [task, at] of created) {
    if (!done.has(task) && !stuck?.has(task))
      return `task ${task} created at seq ${at} never finished nor reported pending`;
  }
  return null;
}

describe('engine invariants over simulated programs (fast-check)', () => {
  it('generated programs that may deadlock or cancel (300 runs)', { timeout: 60_000 }, () => {
    let stuckRuns = 0;
    fc.assert(
      fc.property(programArb, (p) => {
        const src = source(p);
        const r = simulate(src, { file: 'prop.py', python: p.python });
        if (r.events.some((e) => e.kind === 'loop.stuck')) stuckRuns++;
        const problem = traceProblems(r.events);
        if (problem !== null) throw new Error(`${problem}\n--- program ---\n${src}`);
        expect([0, 1]).toContain(r.exitCode);
      }),
      { numRuns: 300, seed: 424242 }
    );
    // the generator really produces the interesting case
    expect(stuckRuns).toBeGreaterThan(10);
  });

  it('the differential fuzzer’s valid programs (60 seeds)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.constantFrom('3.11' as const, '3.14' as const),
        (seed, python) => {
          const { source: src } = generateProgram(seed);
          const r = simulate(src, { file: 'gen.py', python });
          const problem = traceProblems(r.events);
          if (problem !== null) throw new Error(`seed ${seed}: ${problem}`);
          expect(r.events.some((e) => e.kind === 'loop.stuck')).toBe(false);
        }
      ),
      { numRuns: 60, seed: 99 }
    );
  });

  it('the checker catches broken traces (it can fail)', () => {
    const evs = simulate('import asyncio\nasync def m():\n    await asyncio.sleep(1)\nasyncio.run(m())\n').events;
    expect(traceProblems(evs)).toBeNull();
    const noDone = evs.filter((e) => e.kind !== 'task.done').map((e, i) => ({ ...e, seq: i }));
    expect(traceProblems(noDone)).not.toBeNull();
    const lastDone = evs.map((e) => e.kind).lastIndexOf('task.done');
    const mainNeverDone = evs.filter((_, k) => k !== lastDone).map((e, k) => ({ ...e, seq: k }));
    expect(traceProblems(mainNeverDone)).toMatch(/never/);
    const i = evs.findIndex((e) => e.kind === 'task.resume');
    const twice = [...evs.slice(0, i + 1), { ...evs[i]! }, ...evs.slice(i + 1)].map((e, k) => ({ ...e, seq: k }));
    expect(traceProblems(twice as TraceEvent[])).toMatch(/resumed while/);
    const back = evs.map((e, k) => (k === evs.length - 2 ? { ...e, t: -1 } : e));
    expect(traceProblems(back as TraceEvent[])).toMatch(/t went back/);
  });
});
