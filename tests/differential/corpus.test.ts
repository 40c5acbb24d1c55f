/**
 * The differential test: every corpus program (tests/corpus) and every scenario (scenarios/) gives the same compared
 * projection (see compare.ts), the same stdout and the same exit code in aioscope's simulator as in real CPython —
 * 3.11 (python3, one batched process) and 3.14 (pyodide, one instance). Oracle outputs are computed live, never
 * stored. Programs marked `# requires: 3.12` are left out of the 3.11 run (documented filter).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/simulate';
import { CORPUS_DIR, corpusFor, type CorpusProgram } from './corpus-files';
import type { OracleResult, PythonVersion } from '../oracle/types';
import { compareRuns } from './compare';
import { runOracleById, VERSIONS } from './oracles';
import { localizeSource, programLangs, readScenarioMeta } from '../../src/lib/scenario-meta';

const SCENARIO_DIR = path.join(CORPUS_DIR, '..', '..', 'scenarios');

/** Every scenario in every language of its program text (the 简体中文 pages run the `zh` variant). */
function scenarios(): CorpusProgram[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .flatMap((name) => {
      const file = readFileSync(path.join(SCENARIO_DIR, name), 'utf8');
      const { meta } = readScenarioMeta(name.slice(0, -3), file);
      return programLangs(meta).map((lang) => ({
        name: lang === 'en' ? `scenario:${name}` : `scenario:${name}@${lang}`,
        file: `scenarios/${name}`,
        source: localizeSource(file, meta, lang),
        requires: null,
        checks: 'scenario'
      }));
    });
}

function programsFor(v: PythonVersion): CorpusProgram[] {
  return [...corpusFor(v), ...scenarios()];
}

describe.each(VERSIONS)('CPython %s vs simulator', (version) => {
  let oracle: Map<string, OracleResult>;
  beforeAll(async () => {
    oracle = await runOracleById(
      version,
      programsFor(version).map((p) => ({ id: p.name, source: p.source, file: p.file }))
    );
  }, 180_000);

  it.each(programsFor(version).map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const expected = oracle.get(p.name)!;
    const actual = simulate(p.source, { file: p.file, python: version });
    const report = compareRuns(expected, actual);
    expect(
      report,
      `${p.name} (${p.checks}) under ${version}:\n${report}\n--- simulator stderr:\n${actual.stderr}`
    ).toBeNull();
  });
});
