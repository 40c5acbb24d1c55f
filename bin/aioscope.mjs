#!/usr/bin/env node
// aioscope CLI entry: runs the TypeScript sources directly through tsx (a dev dependency), so the CLI and the web
// app share one simulator with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s)
});
