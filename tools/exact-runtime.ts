/**
 * Vite plugin: the site serves the exact engine's files from its own origin (src/lib/exact/files.ts lists them).
 * - build: emitted into the client output as `exact/pyodide/<file>` (copied from node_modules/pyodide, never
 *   committed) and `exact/py/<file>` (the Python modules, from the repository), so adapter-static puts them in the
 *   site;
 * - dev: the same paths served by a middleware straight from those files.
 * Nothing is fetched from elsewhere at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { EXACT_BASE, PYODIDE_FILES, PYTHON_FILES } from '../src/lib/exact/files';

const root = path.resolve(import.meta.dirname, '..');
const pyodideDir = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

/** Site path (under EXACT_BASE) → file on disk. */
function servedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of PYODIDE_FILES) files.set(`${EXACT_BASE}pyodide/${f}`, path.join(pyodideDir, f));
  for (const f of PYTHON_FILES) {
    const file = path.join(root, f.source);
    if (!f.optional || existsSync(file)) files.set(`${EXACT_BASE}py/${f.target}`, file);
  }
  return files;
}

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
  '.py': 'text/plain; charset=utf-8'
};

export function exactRuntime(): Plugin {
  return {
    name: 'aioscope-exact-runtime',
    configureServer(server) {
      const files = servedFiles();
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        const file = files.get(url.pathname.replace(/^\//, ''));
        if (!file) return next();
        res.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      // SvelteKit builds twice (server, then client); only the client output becomes the static site.
      if (this.environment?.name !== 'client') return;
      for (const [fileName, file] of servedFiles()) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    }
  };
}
