/**
 * Runs tests/oracle/oracle.py under CPython 3.14 compiled to WebAssembly (the npm package `pyodide`), offline.
 * Load once (about 2.5 s), then run many programs; each program is isolated by oracle.run_program itself.
 * Pyodide has no threads, signals or select: the oracle needs none (its loop never blocks, its worker threads are
 * simulated), but a program that never yields cannot be interrupted here (the CPython runner has an alarm).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPyodide, type PyodideInterface } from 'pyodide';
import type { OracleProgram, OracleResult } from './types';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** static/aioscope_record.py: the tracer, one file for the recorder, the oracle and the exact engine. */
export const RECORDER_PY = path.join(HERE, '..', '..', 'static', 'aioscope_record.py');
const ROOT = path.join(HERE, '../..');
const FAKE_DIR = 'src/lib/python/modules/fake';

export class PyodideOracle {
  private constructor(private readonly py: PyodideInterface) {}

  /** Loads pyodide from node_modules (no network) and imports the oracle into it. */
  static async load(): Promise<PyodideOracle> {
    const require = createRequire(import.meta.url);
    const indexURL = path.dirname(require.resolve('pyodide/package.json'));
    const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
    // The same layout as the repository: oracle.py finds the tracer at ../../static (the file the site serves,
    // docs/recorder.md) and the fake modules at ../../src/lib/python/modules/fake.
    py.FS.mkdirTree('/aioscope/tests/oracle');
    py.FS.mkdirTree('/aioscope/static');
    py.FS.mkdirTree(`/aioscope/${FAKE_DIR}`);
    py.FS.writeFile('/aioscope/tests/oracle/oracle.py', readFileSync(path.join(HERE, 'oracle.py'), 'utf8'));
    py.FS.writeFile('/aioscope/static/aioscope_record.py', readFileSync(RECORDER_PY, 'utf8'));
    for (const f of readdirSync(path.join(ROOT, FAKE_DIR))) {
      if (!f.endsWith('.py')) continue;
      py.FS.writeFile(`/aioscope/${FAKE_DIR}/${f}`, readFileSync(path.join(ROOT, FAKE_DIR, f), 'utf8'));
    }
    py.runPython("import sys\nsys.path.insert(0, '/aioscope/tests/oracle')\nimport oracle\noracle.install()");
    return new PyodideOracle(py);
  }

  /** The CPython version inside (e.g. '3.14'). */
  get version(): string {
    return String(this.py.runPython('oracle.PY'));
  }

  runBatch(programs: OracleProgram[]): OracleResult[] {
    const fn = this.py.globals.get('oracle').run_batch_json as (s: string) => string;
    const text = fn(JSON.stringify(programs));
    const results = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as OracleResult);
    if (results.length !== programs.length) {
      throw new Error(`pyodide oracle returned ${results.length} results for ${programs.length} programs`);
    }
    return results;
  }

  run(source: string, file = 'main.py'): OracleResult {
    return this.runBatch([{ id: file, source, file }])[0]!;
  }
}

let shared: Promise<PyodideOracle> | null = null;
/** One pyodide per process (tests and the fuzzer share it). */
export function sharedPyodideOracle(): Promise<PyodideOracle> {
  shared ??= PyodideOracle.load();
  return shared;
}
