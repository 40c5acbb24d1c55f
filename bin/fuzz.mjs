#!/usr/bin/env node
// Differential fuzzing: `npm run fuzz -- --count 10000 [--seed S] [--python 3.11|3.14|both]`.
// The driver is TypeScript (tests/fuzz/run.ts); tsx's ESM loader is registered here so plain `node` can import it.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../tests/fuzz/run.ts');
process.exitCode = await main(process.argv.slice(2));
