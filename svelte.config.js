import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { relative } from 'node:path';

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
    ...(out ? { outDir: `${out}/.svelte-kit` } : {}),
    // The rendering benchmark's page (bench/render, a Vite app of its own) is type-checked and linted with the rest.
    typescript: {
      config: (tsconfig) => {
        const fromKit = relative(out ? `${out}/.svelte-kit` : '.svelte-kit', 'bench');
        tsconfig.include.push(`${fromKit}/**/*.ts`, `${fromKit}/**/*.svelte`);
      }
    },
    // Content-Security-Policy, sent as a <meta> tag in every prerendered page (a static host may add the same as a
    // header). Scripts only from this origin plus SvelteKit's hashed inline bootstrap: no 'unsafe-eval', no
    // 'unsafe-inline' for scripts, so even a bug that let user text become markup could not run it. Inline styles
    // stay allowed (Svelte writes style="" attributes for positions and sizes). No connect/img/font source outside
    // the origin: the site makes no network calls of its own at run time. frame-ancestors cannot be set from a
    // <meta> tag; embedding is meant to work anywhere (docs/embed.md).
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
