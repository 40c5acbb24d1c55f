/**
 * The CLI's fast start: the TypeScript sources (src/cli + src/lib's simulator) bundled once into one ESM file with
 * esbuild, rebuilt on demand whenever any of its input files changed. Loading the bundle takes tens of
 * milliseconds; transpiling every module through tsx at each start took more than a second, and tsx's transform
 * (keepNames) also slows the simulator down at run time.
 *
 * Invariants: the bundle is used only when it is fresh — every input recorded in its manifest still has the same
 * size and mtime (a changed, moved or deleted input means a rebuild). Bundle and manifest are written to temporary
 * files and renamed, so concurrent CLI runs never read a half-written bundle. Anything going wrong (no esbuild, a
 * read-only tree, a build error) returns null and the caller falls back to running the sources through tsx.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
/** node_modules/.cache is ignored by git and survives between runs (like other tools' caches). */
const dir = join(root, 'node_modules', '.cache', 'aioscope');
/** Bumped when the way the bundle is built changes (an old bundle must not be reused then). */
const FORMAT = 2;

/** The CLI's bundle: its main, and simulate (bin/bench.mjs measures the code the CLI runs). */
export const CLI_ENTRY = `export { main } from './src/cli/main.ts';\nexport { simulate } from './src/lib/simulate.ts';\n`;

function fresh(entry, bundlePath, manifestPath) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.format !== FORMAT || manifest.node !== process.version || manifest.entry !== entry) return false;
  try {
    statSync(bundlePath);
    for (const [file, size, mtimeMs] of manifest.inputs) {
      const st = statSync(join(root, file));
      if (st.size !== size || st.mtimeMs !== mtimeMs) return false;
    }
  } catch {
    return false;
  }
  return true;
}

async function build(entry, bundlePath, manifestPath) {
  const esbuild = await import('esbuild');
  const started = Date.now();
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'aioscope-bundle-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    write: false,
    sourcemap: 'external',
    outfile: bundlePath,
    logLevel: 'silent'
  });
  // The sources esbuild read, plus the configuration that shapes how they are compiled and resolved.
  const inputs = [...Object.keys(result.metafile.inputs), 'tsconfig.json', 'package.json']
    .filter((f) => !f.startsWith('<stdin>') && !f.includes('aioscope-bundle-entry'))
    .map((f) => {
      const st = statSync(join(root, f));
      // A file modified while we were building may not be in the bundle: record it so it looks changed next time.
      return [f, st.mtimeMs >= started - 2000 ? -1 : st.size, st.mtimeMs];
    });
  mkdirSync(dir, { recursive: true });
  const tmp = `.${process.pid}.${Date.now()}.tmp`;
  for (const out of result.outputFiles) {
    writeFileSync(out.path + tmp, out.contents);
    renameSync(out.path + tmp, out.path);
  }
  const manifest = { format: FORMAT, node: process.version, esbuild: esbuild.version, entry, inputs };
  writeFileSync(manifestPath + tmp, JSON.stringify(manifest));
  renameSync(manifestPath + tmp, manifestPath);
}

/**
 * The bundled module `name` (exports as written in `entry`, TypeScript with paths relative to the repository root),
 * built first if missing or stale; null when that is not possible (or AIOSCOPE_NO_BUNDLE is set).
 */
export async function loadBundle(name = 'cli', entry = CLI_ENTRY) {
  if (process.env.AIOSCOPE_NO_BUNDLE) return null;
  const bundlePath = join(dir, `${name}.mjs`);
  const manifestPath = join(dir, `${name}.manifest.json`);
  try {
    if (!fresh(entry, bundlePath, manifestPath)) await build(entry, bundlePath, manifestPath);
    return await import(pathToFileURL(bundlePath).href);
  } catch {
    return null;
  }
}
