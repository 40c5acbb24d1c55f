/**
 * Long virtual sleeps (issue 15 item 1). Past 2^22 s `now + 1e-9` rounds back to `now`, so a loop that jumps its
 * clock to exactly a timer's deadline must use the float clock's own resolution (ulp(now)) or the timer never becomes
 * due; a deadline of inf is never reached (CPython waits forever; we stop with AIO-R009 after the empty-iteration
 * budget), and a NaN deadline is due at once (3.11) or refused by asyncio.sleep (3.14).
 *
 * Checked three ways: the oracle (real CPython's _run_once on the virtual clock) for representative deadlines, a
 * fast-check property over any deadline up to 1e300 (plus inf and NaN) for sleep and call_at, and the cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ITERATION_LIMIT } from '../../src/lib/engine/loop';
import { floatRepr } from '../../src/lib/python/format/float-repr';
import { simulate } from '../../src/lib/simulate';
import { runCpythonBatch } from '../oracle/cpython';

function lit(d: number): string {
  if (Number.isNaN(d)) return "float('nan')";
  if (d === Infinity) return "float('inf')";
  return floatRepr(d);
}

const sleepProgram = (d: number) =>
  `import asyncio, time\nasync def main():\n    await asyncio.sleep(${lit(d)})\n    print('done', time.monotonic())\nasyncio.run(main())\n`;

const callAtProgram = (d: number) =>
  'import asyncio, time\nasync def main():\n    loop = asyncio.get_running_loop()\n    fut = loop.create_future()\n' +
  `    loop.call_at(${lit(d)}, fut.set_result, 1)\n    await fut\n    print('done', time.monotonic())\nasyncio.run(main())\n`;

/** What the simulator must do for a deadline (CPython's behaviour; see the oracle test below for the evidence). */
function expected(d: number, kind: 'sleep' | 'call_at', python: '3.11' | '3.14') {
  if (Number.isNaN(d) && kind === 'sleep' && python === '3.14') return { exit: 1, text: 'ValueError: Invalid delay' };
  if (d === Infinity) return { exit: 1, text: 'AIO-R009' };
  return { exit: 0, text: 'done' };
}

describe('long virtual sleeps', () => {
  it('the oracle (real CPython _run_once) runs the due timer past 2^24 s and at NaN; the simulator agrees', async () => {
    const values = [3e7, 1e8, 1e12, 1e300, NaN];
    const programs = values.flatMap((d, i) => [
      { id: `s${i}`, source: sleepProgram(d) },
      { id: `c${i}`, source: callAtProgram(d) }
    ]);
    const cpy = await runCpythonBatch(programs);
    for (const [i, p] of programs.entries()) {
      const sim = simulate(p.source, { python: '3.11' });
      expect(cpy[i]!.exitCode, p.source).toBe(0);
      expect(sim.stdout, p.source).toBe(cpy[i]!.stdout);
      expect(sim.exitCode).toBe(0);
    }
    // what CPython printed (recorded from `python3 tests/oracle/oracle.py`), to make the rule visible here
    expect(cpy[0]!.stdout).toBe('done 30000000.0\n');
    expect(cpy[6]!.stdout).toBe('done 1e+300\n');
    expect(cpy[8]!.stdout).toBe('done 0.0\n');
  });

  it('time.sleep(2**25) then any sleep still wakes (the issue case)', () => {
    const src =
      'import asyncio, time\ntime.sleep(2**25)\nasync def main():\n    await asyncio.sleep(1e-9)\n    await asyncio.sleep(1)\n' +
      "    print('woke', time.monotonic())\nasyncio.run(main())\n";
    const r = simulate(src, { python: '3.11' });
    expect(r.stdout).toBe('woke 33554433.0\n');
    expect(r.exitCode).toBe(0);
  });

  it('a deadline at inf stops with AIO-R009 after the empty-iteration budget, fast and located', () => {
    const t0 = performance.now();
    const r = simulate(sleepProgram(Infinity), { file: 'inf.py' });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.exitCode).toBe(1);
    const err = r.events.at(-2)!;
    expect(err).toMatchObject({ kind: 'error', code: 'AIO-R009' });
    expect(r.stderr).toContain(`inf.py:3:1: the event loop made ${EMPTY_ITERATION_LIMIT} iterations`);
    expect(r.stderr).toContain('the next timer is due at inf');
    // the trace stays valid JSON: no t of Infinity (which JSON would write as null)
    for (const e of r.events) expect(Number.isFinite(e.t)).toBe(true);
  });

  it('property: any sleep / call_at deadline up to 1e300, inf and NaN, runs or fails as CPython does, in budget', () => {
    const deadline = fc.oneof(
      fc.double({ min: 0, max: 1e300, noNaN: true }),
      fc.constantFrom(Infinity, NaN, 2 ** 24, 2 ** 24 + 0.5, 2 ** 53, 2 ** 53 + 2, 1.7976931348623157e308)
    );
    fc.assert(
      fc.property(deadline, fc.constantFrom('sleep', 'call_at'), fc.constantFrom('3.11', '3.14'), (d, kind, py) => {
        const src = kind === 'sleep' ? sleepProgram(d) : callAtProgram(d);
        const t0 = performance.now();
        const r = simulate(src, { python: py as '3.11' | '3.14' });
        expect(performance.now() - t0).toBeLessThan(3000);
        const want = expected(d, kind as 'sleep' | 'call_at', py as '3.11' | '3.14');
        expect(r.exitCode, src).toBe(want.exit);
        expect(r.stdout + r.stderr + JSON.stringify(r.events.at(-2)), src).toContain(want.text);
        for (const e of r.events) expect(Number.isFinite(e.t)).toBe(true);
      }),
      { numRuns: 60 }
    );
  });
});
