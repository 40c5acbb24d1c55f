/** simulate()'s failure modes: every one ends the trace with `exit` and reports a catalog code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram as simulate } from './run';
import { AIOHTTP_SOURCE } from '../modules/aiohttp-source';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('simulate failure modes', () => {
  it('stops `while True:` without await with AIO-R001 and keeps the trace so far', () => {
    const r = simulate(
      'import asyncio\nasync def main():\n    print("start")\n    while True:\n        pass\nasyncio.run(main())\n',
      { file: 'spin.py', stepBudget: 10_000 }
    );
    expect(r.stdout).toBe('start\n');
    expect(r.events.at(-2)).toMatchObject({ kind: 'error', type: 'AIO-R001' });
    expect(r.events.at(-1)).toMatchObject({ kind: 'exit', code: 1 });
    expect(r.stderr).toMatch(/^spin\.py:4:1: step budget exhausted/);
  });
  it('reports an unknown module with AIO-U002 at the import line (exit 2, nothing runs)', () => {
    const r = simulate('print("x")\nimport numpy\n', { file: 'm.py' });
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "m.py:2:1: module 'numpy' is not supported by aioscope's fast simulator (the exact engine runs it: --engine cpython)\n"
    );
    expect(r.events.at(-1)).toMatchObject({ kind: 'exit', code: 2 });
  });
  it('reports a program that would wait forever as AIO-STUCK with catalog code AIO-R006 and what each task awaits', () => {
    const src =
      'import asyncio\nasync def main():\n    ev = asyncio.Event()\n    await ev.wait()\nasyncio.run(main())\n';
    const r = simulate(src, { file: 'w.py' });
    expect(r.exitCode).toBe(1);
    expect(r.events.at(-2)).toMatchObject({
      kind: 'error',
      type: 'AIO-STUCK',
      code: 'AIO-R006',
      message: 'the program would hang: nothing is ready, no timer is set, no thread runs (pending: Task-1)'
    });
    expect(r.stderr).toMatch(/^w\.py: the program would wait forever: .*\n {2}Task-1 awaits Event-1\.wait\(\)\nhint: /);
  });
  it('keeps failing clearly for unknown modules imported inside functions (AIO-U002)', () => {
    const r = simulate('def f():\n    import numpy\nf()\n', { file: 'n.py' });
    expect(r.events.some((e) => e.kind === 'error' && e.type === 'AIO-U002')).toBe(true);
  });
  it('reports a syntax error with its location (exit 2)', () => {
    const r = simulate('x = (1,\n', { file: 's.py' });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^s\.py:1:\d+: /);
  });
  it('raises RecursionError like CPython', () => {
    const r = simulate('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n');
    expect(r.stdout).toBe('maximum recursion depth exceeded\n');
  });
  it("runs the oracle's fake aiohttp file itself (generated copy is up to date)", () => {
    const py = readFileSync(path.join(here, '../../../../tests/oracle/fake_modules/aiohttp.py'), 'utf8');
    expect(AIOHTTP_SOURCE).toBe(py);
  });
});

describe('trace lines', () => {
  it("are lines of the program's own file even when the event happens inside a Python-source module", () => {
    // The simulated aiohttp is Python run by our interpreter: its sleep sits on a line far past this program's end.
    const source = [
      'import asyncio',
      'import aiohttp',
      '',
      'async def fetch(session, url):',
      '    async with session.get(url) as response:',
      '        return await response.text()',
      '',
      'async def main():',
      '    async with aiohttp.ClientSession() as session:',
      "        await asyncio.gather(fetch(session, 'https://a.example'), fetch(session, 'https://b.example'))",
      '',
      'asyncio.run(main())',
      ''
    ].join('\n');
    const { events } = simulate(source, { file: 'fetch.py' });
    const lines = events.map((e) => e.line).filter((l): l is number => l !== null);
    expect(Math.max(...lines)).toBeLessThanOrEqual(12);
    const fetchTasks = new Set(events.flatMap((e) => (e.kind === 'task.create' && e.coro === 'fetch' ? [e.task] : [])));
    expect(fetchTasks.size).toBe(2);
    const parkedAt = events.flatMap((e) => (e.kind === 'task.suspend' && fetchTasks.has(e.task) ? [e.line] : []));
    const doneAt = events.flatMap((e) => (e.kind === 'task.done' && fetchTasks.has(e.task) ? [e.line] : []));
    expect(new Set(parkedAt)).toEqual(new Set([5]));
    expect(doneAt).toEqual([6, 6]);
  });
});
