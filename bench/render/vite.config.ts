import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The rendering benchmark's page as its own Vite app (not a SvelteKit route): `vite build --config
 * bench/render/vite.config.ts` writes it to .out/bench-render (or .out/$AIOSCOPE_OUT/bench-render). It mounts the
 * player's Timeline on a synthetic trace generated in the page; nothing of it ships with the site.
 */
const root = resolve(import.meta.dirname, '../..');
const out = process.env.AIOSCOPE_OUT ? `.out/${process.env.AIOSCOPE_OUT}/bench-render` : '.out/bench-render';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ configFile: false, preprocess: vitePreprocess() })],
  build: { outDir: resolve(root, out), emptyOutDir: true, reportCompressedSize: false },
  logLevel: 'warn'
});
