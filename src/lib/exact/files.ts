/**
 * What the exact engine needs, in one list: the pyodide runtime (from the `pyodide` npm package) and the Python
 * modules it runs (the adapter, the tracer, the fake network modules). The site serves every file under
 * `EXACT_BASE` (the Vite plugin in tools/exact-runtime.ts copies them into the build; nothing is committed and
 * nothing is fetched from elsewhere); the Node CLI reads the same files from the repository.
 *
 * Which tracer runs is decided by PYTHON_FILES and the import line of python/exact_runner.py only.
 */

/** Where the site serves the exact engine's files (relative to the site's base path). */
export const EXACT_BASE = 'exact/';

/** pyodide's runtime files, served as `exact/pyodide/<name>`; `source` is inside node_modules/pyodide. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json'
] as const;

export interface PythonFile {
  /** Path in pyodide's file system under PY_ROOT, and under `exact/py/` on the site. */
  target: string;
  /** Repository path the build copies it from. */
  source: string;
  /** Not every checkout has it yet (left out when missing; the tracer then works without it). */
  optional?: boolean;
}

/** The directory the Python files live in inside pyodide's file system (on sys.path). */
export const PY_ROOT = '/aioscope';

/** The adapter's module name (python/exact_runner.py): the only Python entry point JavaScript calls. */
export const RUNNER_MODULE = 'exact_runner';

export const PYTHON_FILES: readonly PythonFile[] = [
  { target: 'exact_runner.py', source: 'src/lib/exact/python/exact_runner.py' },
  // The virtual-clock loop (docs/recorder.md: oracle.run_virtual) and the tracer module it imports from beside itself.
  { target: 'oracle.py', source: 'tests/oracle/oracle.py' },
  { target: 'aioscope_record.py', source: 'static/aioscope_record.py', optional: true },
  // The tracer finds these beside itself (fake_modules/), exactly as in the differential tests.
  { target: 'fake_modules/aiohttp.py', source: 'tests/oracle/fake_modules/aiohttp.py' },
  { target: 'fake_modules/uvloop.py', source: 'tests/oracle/fake_modules/uvloop.py' }
];
