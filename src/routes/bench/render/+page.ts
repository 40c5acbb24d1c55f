// The rendering benchmark's page (bench/render-frames.mjs, tests/e2e/big-timeline.e2e.ts). Not linked from the site.
// The big trace is generated in the browser, so the prerendered file is an empty shell and the build stays fast.
export const ssr = false;
