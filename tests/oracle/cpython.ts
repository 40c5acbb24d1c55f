/**
 * Runs tests/oracle/oracle.py under the machine's python3 (CPython 3.11 in this project) in batch mode: one process
 * per batch, programs isolated inside it (fresh __main__, loop, Task counter, warnings registry).
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OracleProgram, OracleResult } from './types';

export const ORACLE_PY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'oracle.py');
const PYTHON = process.env.AIOSCOPE_PYTHON ?? 'python3';

function parse(stdout: string, programs: OracleProgram[]): OracleResult[] {
  const results = stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as OracleResult);
  if (results.length !== programs.length) {
    throw new Error(`oracle returned ${results.length} results for ${programs.length} programs`);
  }
  return results;
}

/** Runs a batch synchronously (fine for a few hundred small programs). */
export function runCpythonBatchSync(programs: OracleProgram[]): OracleResult[] {
  const r = spawnSync(PYTHON, [ORACLE_PY, '--batch'], {
    input: JSON.stringify(programs),
    encoding: 'utf8',
    maxBuffer: 1 << 30
  });
  if (r.status !== 0) throw new Error(`oracle failed (${r.status}): ${r.stderr}`);
  return parse(r.stdout, programs);
}

/** Runs a batch in a child process without blocking the event loop. */
export function runCpythonBatch(programs: OracleProgram[]): Promise<OracleResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [ORACLE_PY, '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`oracle failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
        return;
      }
      try {
        resolve(parse(Buffer.concat(out).toString('utf8'), programs));
      } catch (e) {
        reject(e as Error);
      }
    });
    child.stdin.end(JSON.stringify(programs));
  });
}

/** Splits a batch over `jobs` python processes (the machine has 2 cores; 3.11 runs are CPU bound). */
export async function runCpythonParallel(programs: OracleProgram[], jobs = 2): Promise<OracleResult[]> {
  if (programs.length < 50 || jobs <= 1) return runCpythonBatch(programs);
  const size = Math.ceil(programs.length / jobs);
  const parts: OracleProgram[][] = [];
  for (let i = 0; i < programs.length; i += size) parts.push(programs.slice(i, i + size));
  return (await Promise.all(parts.map((p) => runCpythonBatch(p)))).flat();
}
