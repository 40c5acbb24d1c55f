#!/usr/bin/env node
/**
 * `npm run bench`: aioscope vs CPython, measured side by side in one run on the same programs.
 *
 * For each program it times, interleaved round by round so machine noise hits both sides alike:
 *  - aioscope: `simulate()` in this process (parse + interpret + engine + trace), after one warm-up run;
 *  - CPython:  `python3 tests/oracle/oracle.py` — real asyncio on the virtual-clock loop, writing the same trace —
 *              minus the cost of starting python3 and importing asyncio (measured separately), so both sides count
 *              only the work of running the program.
 * Also prints the end-to-end CLI (`aioscope trace`, including Node start-up) for reference.
 * Ratios < 1.0 mean aioscope is faster. Medians of ROUNDS runs.
 */
import { register } from 'tsx/esm/api';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { manyTasks, producerConsumer, gatherTree } from '../bench/programs.mjs';

register();
const { simulate } = await import('../src/lib/simulate.ts');

const root = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'aioscope-bench-'));
const oracle = join(root, 'tests/oracle/oracle.py');

const programs = [
  ['10,000 tasks + gather', manyTasks(10_000)],
  ['producer–consumer, 20,000 items', producerConsumer(20_000)],
  ['gather tree 4^6 (5,461 tasks)', gatherTree(6, 4)]
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (fn) => {
  const t0 = performance.now();
  const out = fn();
  return [performance.now() - t0, out];
};

function pythonSeconds(file) {
  // The oracle reports its own run time (excluding interpreter start-up and imports) on stderr when asked.
  const res = spawnSync('python3', [oracle, '--time', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /oracle-run-ms: ([\d.]+)/.exec(res.stderr);
  if (!m) throw new Error('oracle gave no timing: ' + res.stderr.slice(-500));
  return [Number(m[1]), res.stdout.split('\n').length - 1];
}

const rows = [];
for (const [name, source] of programs) {
  const file = join(dir, name.replace(/\W+/g, '_') + '.py');
  writeFileSync(file, source);
  simulate(source, { file }); // warm-up: JIT and caches, as CPython's .pyc cache is warm too
  const sim = [];
  const py = [];
  let events = 0;
  let pyEvents = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const [t, result] = ms(() => simulate(source, { file }));
    sim.push(t);
    events = result.events.length;
    const [tp, n] = pythonSeconds(file);
    py.push(tp);
    pyEvents = n;
  }
  const [cliMs] = ms(() => execFileSync('node', [join(root, 'bin/aioscope.mjs'), 'trace', file], { maxBuffer: 1 << 30 }));
  rows.push({
    program: name,
    'aioscope ms': median(sim).toFixed(1),
    'CPython ms': median(py).toFixed(1),
    'ratio aioscope/CPython': (median(sim) / median(py)).toFixed(2),
    'aioscope events': events,
    'CPython events': pyEvents,
    'aioscope events/s': Math.round(events / (median(sim) / 1000)),
    'CLI ms (incl. start-up)': cliMs.toFixed(0)
  });
}
console.log(`aioscope bench — ${ROUNDS} rounds, medians, measured side by side in this run`);
console.table(rows);
