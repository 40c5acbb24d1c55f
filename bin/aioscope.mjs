#!/usr/bin/env -S node --max-semi-space-size=4
// aioscope CLI entry. Runs the simulator from a bundle of the TypeScript sources (bin/cli-bundle.mjs: built on
// demand with esbuild, rebuilt whenever a source changes) so start-up is fast; if the bundle cannot be built or
// loaded it runs the sources directly through tsx (a dev dependency), as before. Both run the same code.
//
// A small young generation (4 MiB semi-spaces instead of 16): the simulator's garbage is short-lived events and
// generator frames, so scavenges stay cheap and the peak RSS of `aioscope trace` drops by about a quarter. Given on
// the shebang line (effective from the start); when started as `node bin/aioscope.mjs`, set here as early as
// possible (partly effective: the heap already exists).
import { writeSync } from 'node:fs';
import v8 from 'node:v8';
import { loadBundle } from './cli-bundle.mjs';

if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size')))
  v8.setFlagsFromString('--max-semi-space-size=4');

let mod = await loadBundle();
if (mod === null) {
  const { register } = await import('tsx/esm/api');
  register();
  mod = await import('../src/cli/main.ts');
}
/**
 * Blocking writes straight to the file descriptor. The simulation runs synchronously, so process.stdout on a pipe
 * would queue everything the pipe cannot take at once in memory until the run ends (the whole trace: +60 MiB for
 * 10,000 tasks); a blocking write hands each batch to the reader as it is made. EAGAIN (a non-blocking pipe) waits a
 * millisecond and retries.
 */
function writer(fd) {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return (text) => {
    let buf = Buffer.from(text, 'utf8');
    while (buf.length > 0) {
      try {
        buf = buf.subarray(writeSync(fd, buf));
      } catch (e) {
        if (e.code !== 'EAGAIN') throw e;
        Atomics.wait(pause, 0, 0, 1);
      }
    }
  };
}

process.exitCode = await mod.main(process.argv.slice(2), { stdout: writer(1), stderr: writer(2) });
