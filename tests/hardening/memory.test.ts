/**
 * The memory budget (issue 15 item 2): the bombs end fast with Python's MemoryError, through simulate() (the
 * playground worker's code path) and through the CLI process, whose peak RSS (VmHWM, read by /usr/bin/time) stays
 * under 1 GB. And no false alarm: shared references, churn and programs of ordinary size still run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMORY_LIMIT } from '../../src/lib/python/runtime/memory';
import { simulate } from '../../src/lib/simulate';

const ROOT = join(import.meta.dirname, '..', '..');
/** CPU milliseconds `fn` takes (wall time on a shared, loaded machine says little). */
function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/** A small budget (RunOptions.memoryLimit) keeps the growth cases quick; the bombs use the default. */
const SMALL = 8 * 2 ** 20;

const BOMBS = ['a = list(range(10**9))', 'a = list(range(10**8))', 'a = [[0] * 10**5 for _ in range(10**5)]'];

/** Runs the CLI under /usr/bin/time: exit code, stderr, peak RSS in KiB. */
function cliPeak(source: string): Promise<{ code: number | null; stderr: string; peakKiB: number; ms: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'aioscope-mem-'));
  const file = join(dir, 'bomb.py');
  writeFileSync(file, source + '\n');
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn('/usr/bin/time', [
      '-f',
      'PEAK %M',
      process.execPath,
      join(ROOT, 'bin/aioscope.mjs'),
      'run',
      file
    ]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      const m = /PEAK (\d+)\s*$/.exec(stderr);
      resolve({
        code,
        stderr: stderr.replace(/(Command exited.*\n)?PEAK \d+\s*$/, ''),
        peakKiB: Number(m?.[1]),
        ms: Date.now() - t0
      });
    });
  });
}

describe('memory budget', () => {
  for (const src of BOMBS) {
    it(`simulate(): ${src} → MemoryError (AIO-R010) within 2 s`, () => {
      let r = simulate('', {});
      expect(cpuMs(() => (r = simulate(src + '\n', { file: 'bomb.py', python: '3.11' })))).toBeLessThan(2000);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(/\nMemoryError\n$/);
      expect(r.events.at(-2)).toMatchObject({ kind: 'error', type: 'MemoryError', code: 'AIO-R010' });
    });
  }

  it('the CLI process ends each bomb with MemoryError, exit 1, peak RSS under 1 GB', { timeout: 120_000 }, async () => {
    for (const src of BOMBS) {
      const r = await cliPeak(src);
      expect(r.code, src).toBe(1);
      expect(r.stderr, src).toMatch(/\nMemoryError\n$/);
      expect(r.peakKiB, src).toBeGreaterThan(0);
      expect(r.peakKiB * 1024, src).toBeLessThan(1024 ** 3);
      process.stdout.write(`memory bomb ${src}: peak ${(r.peakKiB / 1024).toFixed(0)} MiB, ${r.ms} ms wall\n`);
    }
  });

  it('grows past the budget in many ways: append, extend, +=, dict, set, str +, join, repeat, comprehension', () => {
    const cases = [
      'a = []\nwhile True:\n    a.append([0] * 1000)',
      'a = []\nwhile True:\n    a.extend([1.5] * 10**5)',
      'a = [0]\nwhile True:\n    a += a',
      'd = {}\ni = 0\nwhile True:\n    d[i] = [0] * 10**4\n    i += 1',
      's = set()\ni = 0\nwhile True:\n    s.add("x" * 10**4 + str(i))\n    i += 1',
      's = "ab"\nwhile True:\n    s = s + s',
      'x = "-".join(["y" * 10**6] * 200)',
      'x = (0,) * 10**9',
      'x = [str(i) * 100 for i in range(10**7)]',
      'x = tuple(range(10**9))',
      'x = "x" * 10**7\ny = x.replace("x", "yy" * 10)',
      'x = "a".center(10**9)'
    ];
    for (const src of cases) {
      let r = simulate('', {});
      const ms = cpuMs(() => (r = simulate(src + '\n', { python: '3.11', stepBudget: 1e9, memoryLimit: SMALL })));
      expect(r.stderr, src).toMatch(/\nMemoryError\n$/);
      expect(ms, src).toBeLessThan(2000);
    }
  });

  it('no false alarm: shared references, churn, and ordinary sizes run', () => {
    const ok = [
      // one big str referenced a million times is one str (repeat shares references, as in CPython)
      'big = "x" * 10**6\nrefs = [big] * 10**5\nprint(len(refs))',
      // one row repeated: one list
      'grid = [[0] * 1000] * 10**4\nprint(len(grid))',
      // a FIFO that churns far more than the budget in total but holds little at any time
      'q = []\nfor i in range(30000):\n    q.append("x" * 1000)\n    q.pop(0)\nprint(len(q))',
      'print(len(list(range(10**5))))',
      'print(sum([i * i for i in range(10**5)]))'
    ];
    for (const src of ok) {
      const r = simulate(src + '\n', { python: '3.11', stepBudget: 1e9, memoryLimit: SMALL });
      expect(r.stderr, src).toBe('');
      expect(r.exitCode, src).toBe(0);
    }
  });

  it('documents the budget as 128 MiB', () => {
    expect(MEMORY_LIMIT).toBe(128 * 2 ** 20);
    const r = simulate('x = [0] * 10**8\n', { python: '3.11' });
    expect(r.events.at(-2)).toMatchObject({ message: expect.stringContaining('more than 128 MiB') });
  });
});
