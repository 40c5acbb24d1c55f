/**
 * Programs the simulator runs give the same trace on both engines: every corpus program (tests/corpus) and every
 * scenario (scenarios/) through the
 * exact engine's own code path (src/cli/exact-node.ts → src/lib/exact/runtime.ts → exact_runner.py, sealed) against
 * simulate(), with the differential projection (tests/differential/compare.ts). The exact engine's trace says
 * `engine: 'cpython'`; the simulator's says nothing (= sim).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeRuntime } from '../../src/cli/exact-node';
import type { ExactRuntime } from '../../src/lib/exact/runtime';
import { simulate } from '../../src/lib/simulate';
import { compareRuns } from '../differential/compare';
import { corpusFor } from '../differential/corpus-files';

const SCENARIOS = path.join(import.meta.dirname, '..', '..', 'scenarios');
const PROGRAMS = [
  ...corpusFor('3.14'),
  ...readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => ({
      name: `scenario:${f}`,
      file: `scenarios/${f}`,
      source: readFileSync(path.join(SCENARIOS, f), 'utf8')
    }))
];

describe('exact engine vs simulator on the corpus and the scenarios (3.14)', () => {
  let exact: ExactRuntime;
  beforeAll(async () => {
    exact = await loadNodeRuntime();
  }, 120_000);

  it('runs CPython 3.14', () => expect(exact.python).toBe('3.14'));

  it.each(PROGRAMS.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const ours = exact.run(p.source, p.file);
    expect(ours.events[0]).toMatchObject({ kind: 'run.start', engine: 'cpython', python: '3.14' });
    const sim = simulate(p.source, { file: p.file, python: '3.14' });
    const report = compareRuns(ours, sim);
    expect(report, `${p.name}:\n${report}`).toBeNull();
  });
});
