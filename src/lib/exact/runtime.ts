/**
 * The exact engine's core, shared by the Node CLI and the browser worker: given a loaded pyodide (CPython 3.14 in
 * WebAssembly) and a way to read the Python files of files.ts, install them, seal the JavaScript bridges and run
 * programs. How pyodide is loaded (node_modules in Node, the site's own files in the browser) is the caller's job.
 *
 * Invariants: `prepare()` (the Python side's seal) runs before the first program, so no user code ever sees the
 * bridges; each program is isolated by the tracer (fresh __main__, loop, Task numbering); the result is the same
 * shape as `simulate()`'s, and its run.start says `engine: 'cpython'`.
 */
import type { PyodideInterface } from 'pyodide';
import type { TraceEvent } from '../trace/events';
import { PY_ROOT, PYTHON_FILES, RUNNER_MODULE, type PythonFile } from './files';

export interface ExactResult {
  events: TraceEvent[];
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ExactRuntime {
  /** The CPython version inside, e.g. '3.14'. */
  readonly python: string;
  run(source: string, file: string): ExactResult;
}

/**
 * Writes the Python files into pyodide's file system, imports the adapter and seals the bridges. `read` returns a
 * file's text, or null when it is missing (allowed only for an optional file).
 */
export async function startRuntime(
  py: PyodideInterface,
  read: (file: PythonFile) => Promise<string | null>
): Promise<ExactRuntime> {
  const texts = await Promise.all(PYTHON_FILES.map(read));
  PYTHON_FILES.forEach((f, i) => {
    const text = texts[i];
    if (text === null || text === undefined) {
      if (f.optional) return;
      throw new Error(`the exact engine's ${f.target} is missing`);
    }
    const target = `${PY_ROOT}/${f.target}`;
    py.FS.mkdirTree(target.slice(0, target.lastIndexOf('/')));
    py.FS.writeFile(target, text);
  });
  // No package loading: pyodide may not fetch wheels (the sandbox forbids the network anyway).
  py.runPython(`import sys\nsys.path.insert(0, ${JSON.stringify(PY_ROOT)})\nimport ${RUNNER_MODULE}`);
  const runner = py.pyimport(RUNNER_MODULE) as unknown as {
    prepare(): void;
    run_json(source: string, file: string): string;
    version(): string;
  };
  // The JavaScript modules pyodide registered for Python's `import js` / `import pyodide_js` go first, then
  // the Python side removes everything that reaches them (exact_runner.prepare).
  for (const name of ['js', 'pyodide_js']) {
    try {
      py.unregisterJsModule(name);
    } catch {
      // not registered in this pyodide build: nothing to remove
    }
  }
  runner.prepare();
  const python = runner.version();
  return {
    python,
    run(source, file) {
      return JSON.parse(runner.run_json(source, file)) as ExactResult;
    }
  };
}
