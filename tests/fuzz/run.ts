/**
 * The fuzz driver behind `npm run fuzz -- --count 10000 [--seed S] [--python 3.11|3.14|both] [--batch B]
 * [--no-minimize] [--against simulator|oracle]`.
 *
 * Generates programs for seeds S, S+1, ...; runs the oracle in batches (3.11: python3 split over 2 processes; 3.14:
 * one pyodide) and the simulator on each; compares (tests/differential/compare.ts); prints counts; saves every
 * divergence, minimized by delta debugging, to tests/fuzz/divergences/<seed>.py with the first difference as a
 * comment block on top. `--against oracle` compares the oracle with a second oracle run (checks the pipeline and
 * the oracle's determinism without the simulator). Exit code 1 when anything diverged.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareRuns, type RunLike } from '../differential/compare';
import { runCpythonBatchSync, runCpythonParallel } from '../oracle/cpython';
import { sharedPyodideOracle } from '../oracle/pyodide';
import type { OracleProgram, OracleResult, PythonVersion } from '../oracle/types';
import { generateProgram } from './generate';
import { minimize } from './minimize';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.join(HERE, 'divergences');

interface Options {
  count: number;
  seed: number;
  versions: PythonVersion[];
  batch: number;
  minimize: boolean;
  against: 'simulator' | 'oracle';
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const py = get('--python') ?? 'both';
  if (!['3.11', '3.14', 'both'].includes(py)) throw new Error(`--python must be 3.11, 3.14 or both, not ${py}`);
  const against = get('--against') ?? 'simulator';
  if (against !== 'simulator' && against !== 'oracle') throw new Error('--against must be simulator or oracle');
  return {
    count: Number(get('--count') ?? 1000),
    seed: Number(get('--seed') ?? 1),
    versions: py === 'both' ? ['3.11', '3.14'] : [py as PythonVersion],
    batch: Number(get('--batch') ?? 250),
    minimize: !argv.includes('--no-minimize'),
    against
  };
}

async function oracleBatch(v: PythonVersion, programs: OracleProgram[]): Promise<OracleResult[]> {
  if (v === '3.11') return runCpythonParallel(programs);
  return (await sharedPyodideOracle()).runBatch(programs);
}

async function oracleOne(v: PythonVersion, source: string, file: string): Promise<OracleResult> {
  const p = [{ id: file, source, file }];
  if (v === '3.11') return runCpythonBatchSync(p)[0]!;
  return (await sharedPyodideOracle()).runBatch(p)[0]!;
}

type Simulate = (source: string, o: { file: string; python: PythonVersion }) => RunLike;

async function loadSimulator(): Promise<Simulate> {
  const mod = (await import('../../src/lib/simulate')) as { simulate: Simulate };
  return mod.simulate;
}

function safeCompare(expected: RunLike, run: () => RunLike): string | null {
  try {
    return compareRuns(expected, run());
  } catch (e) {
    return `simulator threw: ${(e as Error).stack ?? String(e)}`;
  }
}

/** A generated program must run to exit 0 under CPython without hanging, warnings or errors (fuzz.test.ts too). */
const isValid = (r: OracleResult) =>
  r.exitCode === 0 && !r.events.some((e) => ['loop.stuck', 'warning', 'error'].includes(e.kind));

const isSyntaxError = (r: OracleResult) =>
  r.events.some((e) => e.kind === 'error' && /SyntaxError|IndentationError/.test(e.type));

export async function main(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  const simulate = o.against === 'simulator' ? await loadSimulator() : null;
  const t0 = performance.now();
  const perVersion = new Map<
    PythonVersion,
    { programs: number; divergences: number; invalid: number; oracleMs: number; simMs: number }
  >();
  const saved: string[] = [];
  for (const v of o.versions) {
    const stat = { programs: 0, divergences: 0, invalid: 0, oracleMs: 0, simMs: 0 };
    perVersion.set(v, stat);
    for (let start = 0; start < o.count; start += o.batch) {
      const seeds = Array.from({ length: Math.min(o.batch, o.count - start) }, (_, i) => o.seed + start + i);
      const programs = seeds.map((s) => generateProgram(s));
      const inputs = programs.map((p) => ({ id: String(p.seed), source: p.source, file: `fuzz_${p.seed}.py` }));
      let t = performance.now();
      const expected = await oracleBatch(v, inputs);
      stat.oracleMs += performance.now() - t;
      t = performance.now();
      const others = simulate ? null : await oracleBatch(v, inputs);
      for (let i = 0; i < programs.length; i++) {
        const p = programs[i]!;
        const file = `fuzz_${p.seed}.py`;
        const report = simulate
          ? safeCompare(expected[i]!, () => simulate(p.source, { file, python: v }))
          : compareRuns(expected[i]!, others![i]!);
        stat.programs++;
        if (!isValid(expected[i]!)) stat.invalid++;
        if (!report) continue;
        stat.divergences++;
        let source = p.source;
        let finalReport = report;
        if (o.minimize && simulate) {
          const keeps = async (src: string) => {
            const exp = await oracleOne(v, src, file);
            if (isSyntaxError(exp)) return false;
            return safeCompare(exp, () => simulate(src, { file, python: v })) !== null;
          };
          const m = await minimize(source, keeps, 300);
          source = m.source;
          const exp = await oracleOne(v, source, file);
          finalReport = safeCompare(exp, () => simulate(source, { file, python: v })) ?? report;
        }
        mkdirSync(OUT_DIR, { recursive: true });
        let out = path.join(OUT_DIR, `${p.seed}.py`);
        if (existsSync(out) && saved.includes(out)) out = path.join(OUT_DIR, `${p.seed}-${v}.py`);
        const header = [
          `# aioscope fuzz divergence: seed ${p.seed}, python ${v}${o.minimize && simulate ? ' (minimized)' : ''}`,
          `# reproduce: npm run fuzz -- --seed ${p.seed} --count 1 --python ${v}`,
          ...finalReport.split('\n').map((l) => `# ${l}`),
          ''
        ].join('\n');
        writeFileSync(out, header + source);
        saved.push(out);
        process.stdout.write(`divergence: seed ${p.seed} (${v}) -> ${path.relative(process.cwd(), out)}\n`);
      }
      stat.simMs += performance.now() - t;
      process.stdout.write(
        `[${v}] ${stat.programs}/${o.count} programs, ${stat.divergences} divergences, oracle ${(stat.oracleMs / 1000).toFixed(1)} s, ${simulate ? 'simulator' : 'oracle again'} ${(stat.simMs / 1000).toFixed(1)} s\n`
      );
    }
  }
  let total = 0;
  let div = 0;
  process.stdout.write(`\nfuzz summary (seeds ${o.seed}..${o.seed + o.count - 1}, against ${o.against}):\n`);
  for (const [v, s] of perVersion) {
    total += s.programs;
    div += s.divergences;
    process.stdout.write(
      `  CPython ${v}: ${s.programs} programs, ${s.divergences} divergences` +
        (s.invalid ? ` (${s.invalid} programs invalid under CPython: the generator's fault)` : '') +
        '\n'
    );
  }
  process.stdout.write(
    `  total: ${total} programs, ${div} divergences, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`
  );
  return div === 0 ? 0 : 1;
}
