/**
 * Semantics of the Python front end against real CPython, end to end through simulate(): every program in
 * ./programs is run by python3 (the reference, CPython 3.11 in this project) and by simulate() with the 3.11 rules;
 * stdout, stderr (tracebacks, warnings) and the exit code must be byte-identical. Expected output is computed live,
 * never stored. (Lives in tests/ because src/lib/python may not import src/lib/simulate.ts.)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/simulate';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'programs');
const PYTHON = process.env.AIOSCOPE_PYTHON ?? 'python3';

function cpython(file: string): { stdout: string; stderr: string; exitCode: number } {
  const r = spawnSync(PYTHON, [path.join(DIR, file)], {
    cwd: DIR,
    encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' }
  });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.status ?? -1 };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('interpreter vs python3', () => {
  it('has the programs', () => {
    expect(files.length).toBeGreaterThanOrEqual(170);
  });
  for (const file of files) {
    it(file, () => {
      const source = readFileSync(path.join(DIR, file), 'utf8');
      const want = cpython(file);
      const got = simulate(source, { file: path.join(DIR, file), python: '3.11' });
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr).toBe(want.stderr);
      expect(got.exitCode).toBe(want.exitCode);
    });
  }
});
