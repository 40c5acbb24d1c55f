/** The static host for the prerendered site: tools/chromium.mjs (shared with the browser benchmarks). */
export { serveStatic } from '../../tools/chromium.mjs';
