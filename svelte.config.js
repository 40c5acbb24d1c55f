import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// AIOSCOPE_OUT=name lets two builds run side by side in one checkout (parallel work): the site goes to
// .out/name/build and SvelteKit's scratch files to .out/name/.svelte-kit (inside the project, so node_modules
// resolves). Unset: build/ and .svelte-kit/.
const out = process.env.AIOSCOPE_OUT ? `.out/${process.env.AIOSCOPE_OUT}` : undefined;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A fully prerendered static site: no server, no network calls at run time.
    adapter: adapter({
      pages: out ? `${out}/build` : 'build',
      assets: out ? `${out}/build` : 'build',
      fallback: undefined,
      strict: true
    }),
    ...(out ? { outDir: `${out}/.svelte-kit` } : {})
  }
};

export default config;
