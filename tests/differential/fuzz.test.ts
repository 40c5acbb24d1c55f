/**
 * Differential fuzzing inside `npm test`: a few hundred generated programs per version, oracle vs simulator.
 * The seeds are fixed (reproducible); AIOSCOPE_FUZZ_SEED / AIOSCOPE_FUZZ_COUNT move the window. A failure lists the
 * diverging seeds with the first difference; `npm run fuzz -- --seed S --count 1` reproduces and minimizes one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/simulate';
import { generateProgram } from '../fuzz/generate';
import type { OracleResult } from '../oracle/types';
import { compareRuns } from './compare';
import { runOracle, VERSIONS } from './oracles';

const BASE = Number(process.env.AIOSCOPE_FUZZ_SEED ?? 1);
const COUNT = Number(process.env.AIOSCOPE_FUZZ_COUNT ?? 150);
const programs = Array.from({ length: COUNT }, (_, i) => generateProgram(BASE + i));

describe.each(VERSIONS)('fuzz: CPython %s vs simulator', (version) => {
  let oracle: OracleResult[];
  beforeAll(async () => {
    oracle = await runOracle(
      version,
      programs.map((p) => ({ id: String(p.seed), source: p.source, file: `fuzz_${p.seed}.py` }))
    );
  }, 180_000);

  it('every generated program is valid: CPython runs it to exit 0 without hanging or warnings', () => {
    for (const r of oracle) {
      expect(r.exitCode, `seed ${r.id}: ${r.stderr}`).toBe(0);
      expect(r.events.filter((e) => e.kind === 'loop.stuck' || e.kind === 'warning' || e.kind === 'error')).toEqual([]);
    }
  });

  it(`${COUNT} generated programs: zero divergences`, () => {
    const failures: string[] = [];
    programs.forEach((p, i) => {
      let report: string | null;
      try {
        report = compareRuns(oracle[i]!, simulate(p.source, { file: `fuzz_${p.seed}.py`, python: version }));
      } catch (e) {
        report = `simulator threw: ${(e as Error).stack ?? String(e)}`;
      }
      if (report) failures.push(`seed ${p.seed}:\n${report}`);
    });
    expect(failures.length, `${failures.length} divergences; first:\n${failures.slice(0, 3).join('\n\n')}`).toBe(0);
  });
});
