import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { exactRuntime } from './tools/exact-runtime';

export default defineConfig({
  plugins: [sveltekit(), exactRuntime()],
  // Module workers (the simulator's and the exact engine's, which imports pyodide at run time) as ES modules.
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
});
