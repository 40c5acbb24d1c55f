import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A fully prerendered static site: no server, no network calls at run time.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true })
  }
};

export default config;
