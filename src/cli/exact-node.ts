/**
 * The exact engine in Node (`aioscope run|trace --engine cpython`): pyodide from the project's own node_modules (no
 * network), the Python files read from this repository (src/lib/exact/files.ts), then the shared runtime.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRuntime, type ExactRuntime } from '../lib/exact/runtime';

/** The repository root: the nearest folder above this module whose package.json is aioscope's (also from the
 * CLI's bundle in node_modules/.cache). */
function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'aioscope') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('aioscope: cannot find the aioscope repository for the exact engine');
    dir = up;
  }
}

let shared: Promise<ExactRuntime> | null = null;

/** One runtime per process (programs are isolated inside it by the tracer); loaded on first use. */
export function loadNodeRuntime(): Promise<ExactRuntime> {
  shared ??= load();
  return shared;
}

async function load(): Promise<ExactRuntime> {
  const root = repoRoot();
  const require = createRequire(path.join(root, 'package.json'));
  const indexURL = path.dirname(require.resolve('pyodide/package.json')) + path.sep;
  const { loadPyodide } = (await import('pyodide')) as typeof import('pyodide');
  const py = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
  return startRuntime(py, (f) => readFile(path.join(root, f.source), 'utf8').catch(() => null));
}
