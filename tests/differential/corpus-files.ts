/**
 * The differential corpus: every tests/corpus/*.py with its metadata. A first-line `# requires: 3.12` comment marks
 * programs that only exist on 3.12+ (eager_task_factory): the 3.11 run leaves them out by this documented filter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonVersion } from '../oracle/types';

export const CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

export interface CorpusProgram {
  /** File name, e.g. `01_new_task_runs_when_creator_yields.py`. */
  name: string;
  /** Path the program is compiled under in both oracle and simulator (relative to the repository root). */
  file: string;
  source: string;
  /** Minimum Python version (from `# requires: X.Y`), or null. */
  requires: string | null;
  /** The `# checks: ...` line. */
  checks: string;
}

export function loadCorpus(): CorpusProgram[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(CORPUS_DIR, name), 'utf8');
      const req = /^# requires: (\d+\.\d+)/m.exec(source.split('\n').slice(0, 2).join('\n'));
      const checks = /^# checks: (.*)$/m.exec(source)?.[1] ?? '';
      return { name, file: `tests/corpus/${name}`, source, requires: req ? req[1]! : null, checks };
    });
}

function versionAtLeast(v: string, min: string): boolean {
  const [a, b] = v.split('.').map(Number) as [number, number];
  const [c, d] = min.split('.').map(Number) as [number, number];
  return a > c || (a === c && b >= d);
}

export function corpusFor(version: PythonVersion): CorpusProgram[] {
  return loadCorpus().filter((p) => p.requires === null || versionAtLeast(version, p.requires));
}
