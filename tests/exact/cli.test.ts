/**
 * `aioscope run|trace --engine cpython` (real CPython 3.14 through pyodide, in Node) against the machine's python3
 * (3.11) on programs the simulator cannot run: match, re, enum, logging, contextvars, async generators. stdout and
 * the exit code must be identical; stderr is identical except inside tracebacks, whose frames name each version's
 * stdlib paths and 3.14 adds `~~~^^^` markers (the exception line itself is compared).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { validateTrace } from '../../src/lib/trace/validate';
import type { TraceEvent } from '../../src/lib/trace/events';

const DIR = path.join(import.meta.dirname, 'programs');
const PROGRAMS = readdirSync(DIR).filter((f) => f.endsWith('.py'));

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { stdout, stderr, code };
}

/** stderr without traceback frames (the lines between `Traceback …` and the exception line). */
function outsideTracebacks(text: string): string[] {
  return text.split('\n').filter((l) => !l.startsWith('  ') && l !== '');
}

describe('aioscope --engine cpython', () => {
  it('has programs using match, re, enum, logging, contextvars and async generators', () => {
    const all = PROGRAMS.map((f) => spawnSync('cat', [path.join(DIR, f)], { encoding: 'utf8' }).stdout).join('\n');
    for (const needle of ['match ', 'import re', 'import enum', 'import logging', 'contextvars', 'async for', 'yield'])
      expect(all).toContain(needle);
  });

  it.each(PROGRAMS)('run %s prints what python3 prints', async (name) => {
    const file = path.join(DIR, name);
    const py = spawnSync('python3', [file], { encoding: 'utf8' });
    const ours = await cli(['run', '--engine', 'cpython', file]);
    expect(ours.stdout).toBe(py.stdout);
    expect(ours.code).toBe(py.status);
    expect(outsideTracebacks(ours.stderr)).toEqual(outsideTracebacks(py.stderr));
  });

  it('trace --engine cpython writes a valid trace that says which engine made it', async () => {
    const file = path.join(DIR, 'async_generators.py');
    const ours = await cli(['trace', '--engine=cpython', file]);
    expect(ours.code).toBe(0);
    const events = ours.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as TraceEvent);
    expect(() => validateTrace(events)).not.toThrow();
    expect(events[0]).toMatchObject({ kind: 'run.start', python: '3.14', engine: 'cpython' });
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of ['task.create', 'task.resume', 'task.suspend', 'task.done', 'print', 'exit'])
      expect(kinds).toContain(k);
  });

  it('the default engine is still the simulator, and --engine cpython refuses another --python', async () => {
    const file = path.join(DIR, 'async_generators.py');
    const sim = await cli(['trace', file]);
    expect(sim.code).toBe(2); // async generators are not in the simulator's subset
    expect(sim.stderr).toMatch(/AIO-U|not supported/);
    const bad = await cli(['run', '--engine', 'cpython', '--python', '3.11', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CPython 3.14');
    const wrong = await cli(['run', '--engine', 'java', file]);
    expect(wrong.code).toBe(2);
  });
});
