#!/usr/bin/env node
// aioscope CLI entry. Runs the simulator from a bundle of the TypeScript sources (bin/cli-bundle.mjs: built on
// demand with esbuild, rebuilt whenever a source changes) so start-up is fast; if the bundle cannot be built or
// loaded it runs the sources directly through tsx (a dev dependency), as before. Both run the same code.
import { loadBundle } from './cli-bundle.mjs';

let mod = await loadBundle();
if (mod === null) {
  const { register } = await import('tsx/esm/api');
  register();
  mod = await import('../src/cli/main.ts');
}
process.exitCode = await mod.main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s)
});
