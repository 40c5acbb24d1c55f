/**
 * CLI: the pyodide (CPython 3.14) oracle, same modes as oracle.py.
 *   npx tsx tests/oracle/run-pyodide.ts FILE.py        trace JSON lines on stdout, program stderr on stderr
 *   npx tsx tests/oracle/run-pyodide.ts --batch < programs.json
 */
import { readFileSync } from 'node:fs';
import { PyodideOracle } from './pyodide';

const args = process.argv.slice(2);
const oracle = await PyodideOracle.load();
if (args.includes('--batch')) {
  const programs = JSON.parse(readFileSync(0, 'utf8'));
  for (const r of oracle.runBatch(programs)) process.stdout.write(JSON.stringify(r) + '\n');
} else {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: run-pyodide.ts FILE.py | --batch < programs.json\n');
    process.exit(2);
  }
  const r = oracle.run(readFileSync(file, 'utf8'), file);
  for (const e of r.events) process.stdout.write(JSON.stringify(e) + '\n');
  process.stderr.write(r.stderr);
  process.exitCode = r.exitCode;
}
