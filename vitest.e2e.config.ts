import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium against the prerendered site in build/ (run `vite build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false
  }
});
