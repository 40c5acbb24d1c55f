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
 *
 * Then how costs grow with size: parsing a 10,000-line program (vs CPython's ast.parse of the same text) and laying
 * out synthetic traces of 10^3 … 10^6 events into the timeline's columns (time and bytes).
 *
 * Then, in headless Chromium on the built site (`vite build` into .out/bench/build; skip with --no-browser):
 * timeline frame times while panning and zooming 10^3 … 10^6 events (bench/render-frames.mjs), the embed's gzipped
 * JavaScript and time to first frame, and the playground's edit → redraw latency (bench/browser-latency.mjs).
 * Each goal from issue 6 is printed with "met" or "NOT met".
 *
 * Then the exact engine (real CPython 3.14 in pyodide): cold start and warm re-run in Node here and in Chromium on the
 * playground, and /open's load time and JS heap per event for 10^5 and 10^6 events (bench/exact-open.mjs).
 *
 * The simulator runs from the same esbuild bundle as the CLI (bin/cli-bundle.mjs), falling back to tsx.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { manyTasks, producerConsumer, gatherTree, bigSource } from '../bench/programs.mjs';
import { loadBundle } from './cli-bundle.mjs';

const BENCH_ENTRY = `export { simulate } from './src/lib/simulate.ts';
export { parse } from './src/lib/python/parser.ts';
export { layoutBenchmark } from './bench/layout.ts';
export { syntheticTrace } from './bench/synthetic.ts';
export { loadNodeRuntime } from './src/cli/exact-node.ts';
`;
let lib = await loadBundle('bench', BENCH_ENTRY);
if (lib === null) {
  const { register } = await import('tsx/esm/api');
  register();
  lib = {
    ...(await import('../src/lib/simulate.ts')),
    ...(await import('../src/lib/python/parser.ts')),
    ...(await import('../bench/layout.ts')),
    ...(await import('../bench/synthetic.ts')),
    ...(await import('../src/cli/exact-node.ts'))
  };
}
const { simulate, parse, layoutBenchmark, syntheticTrace, loadNodeRuntime } = lib;

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
  const [cliMs] = ms(() =>
    execFileSync('node', [join(root, 'bin/aioscope.mjs'), 'trace', file], { maxBuffer: 1 << 30 })
  );
  rows.push({
    program: name,
    'aioscope ms': median(sim).toFixed(1),
    'CPython ms': median(py).toFixed(1),
    'ratio aioscope/CPython': (median(sim) / median(py)).toFixed(2),
    'goal ≤ 1.0': median(sim) <= median(py) ? 'met' : 'NOT met',
    'aioscope events': events,
    'CPython events': pyEvents,
    'aioscope events/s': Math.round(events / (median(sim) / 1000)),
    'CLI ms (incl. start-up)': cliMs.toFixed(0)
  });
}
console.log(`aioscope bench — ${ROUNDS} rounds, medians, measured side by side in this run`);
console.table(rows);

// ---- parsing: aioscope's parser vs CPython's ast.parse on the same 10,000-line text
{
  const source = bigSource(10_000);
  const file = join(dir, 'big.py');
  writeFileSync(file, source);
  parse(source, file); // warm-up
  const ours = [];
  for (let r = 0; r < ROUNDS; r++) ours.push(ms(() => parse(source, file))[0]);
  const script =
    'import ast, sys, time\nsrc = open(sys.argv[1]).read()\nts = []\n' +
    `for _ in range(${ROUNDS}):\n    t = time.perf_counter(); ast.parse(src); ts.append(time.perf_counter() - t)\n` +
    'print(sorted(ts)[len(ts) // 2] * 1000)\n';
  const py = Number(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).trim());
  const lines = source.split('\n').length - 1;
  console.log(`\nparse a ${lines.toLocaleString('en')}-line program (${ROUNDS} rounds, medians)`);
  console.table([
    {
      'aioscope parse ms': median(ours).toFixed(1),
      'CPython ast.parse ms': py.toFixed(1),
      'ratio aioscope/CPython': (median(ours) / py).toFixed(2),
      'lines/s': Math.round(lines / (median(ours) / 1000))
    }
  ]);
}

// ---- timeline layout: synthetic traces of 10^3 … 10^6 events into columnar typed arrays
{
  const layout = [];
  for (const n of [1e3, 1e4, 1e5, 1e6]) {
    const rounds = n >= 1e6 ? Math.min(ROUNDS, 3) : ROUNDS;
    if (n < 1e6) layoutBenchmark(n, () => performance.now()); // warm-up
    const runs = [];
    let last;
    for (let r = 0; r < rounds; r++) {
      last = layoutBenchmark(n, () => performance.now());
      runs.push(last.ms);
    }
    const t = median(runs);
    layout.push({
      events: last.events,
      spans: last.spans,
      'layout ms': t.toFixed(1),
      'µs/event': ((t * 1000) / last.events).toFixed(2),
      'column bytes': last.bytes,
      'bytes/event': (last.bytes / last.events).toFixed(1)
    });
  }
  console.log('\ntimeline layout of synthetic traces (medians; 10^6: up to 3 rounds)');
  console.table(layout);
}

// ---- the exact engine in Node (browser half below)
const { exactNode, exactBrowser, openBrowser } = await import('../bench/exact-open.mjs');
const showRows = (rows) => console.table(rows.map((r) => ({ measure: r.name, value: `${r.value} ${r.unit}` })));
console.log('\nexact engine (CPython 3.14 in pyodide) in Node');
showRows(await exactNode(loadNodeRuntime, ROUNDS));

// ---- in the browser: rendering frame times, embed, playground (needs a build and Chromium)
if (!process.argv.includes('--no-browser')) {
  console.log('\nbuilding the site into .out/bench/build for the browser measurements …');
  const build = spawnSync('npx', ['vite', 'build'], {
    cwd: root,
    env: { ...process.env, AIOSCOPE_OUT: 'bench' },
    encoding: 'utf8',
    maxBuffer: 1 << 26
  });
  if (build.status !== 0) throw new Error('vite build failed:\n' + (build.stdout + build.stderr).slice(-3000));
  const siteDir = join(root, '.out/bench/build');
  const { renderFrames } = await import('../bench/render-frames.mjs');
  const { browserLatency } = await import('../bench/browser-latency.mjs');
  const log = (line) => process.stderr.write(`  ${line}\n`);
  const show = (rows) =>
    console.table(
      rows.map((r) => ({
        measure: r.name,
        value: `${r.value} ${r.unit}`,
        goal: r.goal || '',
        met: r.met === null || r.met === undefined ? '' : r.met ? 'met' : 'NOT met'
      }))
    );
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' / ');
  console.log(`\ntimeline rendering in headless Chromium (software rendering), load average ${load()}`);
  show(await renderFrames({ log }));
  console.log(`\nembed and playground in headless Chromium, load average ${load()}`);
  show(await browserLatency({ siteDir, log }));
  console.log(`\nexact engine in the playground and /open in headless Chromium, load average ${load()}`);
  showRows([...(await exactBrowser({ siteDir, log })), ...(await openBrowser({ siteDir, syntheticTrace, log }))]);
}
