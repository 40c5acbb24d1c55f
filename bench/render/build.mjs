/**
 * Builds the rendering benchmark's page (bench/render/vite.config.ts: a Vite app of its own, not part of the site)
 * and returns its directory: .out/bench-render, or .out/$AIOSCOPE_OUT/bench-render. Used by bench/render-frames.mjs
 * and tests/e2e/big-timeline.e2e.ts.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** @returns {string} the built page's directory */
export function buildRenderPage() {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'bench/render/vite.config.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26
  });
  if (build.status !== 0) throw new Error('bench page build failed:\n' + (build.stdout + build.stderr).slice(-3000));
  const out = process.env.AIOSCOPE_OUT;
  return out ? resolve(root, '.out', out, 'bench-render') : resolve(root, '.out', 'bench-render');
}
