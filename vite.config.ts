import { sveltekit } from '@sveltejs/kit/vite';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { exactRuntime } from './tools/exact-runtime';

// tsconfig.json extends .svelte-kit/tsconfig.json, which Vite's TypeScript transform reads. With AIOSCOPE_OUT=name
// SvelteKit writes its scratch files to .out/name/.svelte-kit instead (svelte.config.js), so on a fresh clone the
// default one would not exist and every .ts module fails ("Tsconfig not found"): generate it once (it is the same
// for every build of this checkout, so parallel builds do not disturb each other).
if (process.env.AIOSCOPE_OUT && !existsSync('.svelte-kit/tsconfig.json')) {
  const env = { ...process.env };
  delete env.AIOSCOPE_OUT;
  spawnSync('npx', ['svelte-kit', 'sync'], { env, stdio: 'inherit' });
}

export default defineConfig({
  plugins: [sveltekit(), exactRuntime()],
  // Module workers (the simulator's and the exact engine's, which imports pyodide at run time) as ES modules.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
});
