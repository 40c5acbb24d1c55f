/**
 * Golden traces: each scenario's trace as the simulator writes it, one JSON event per line, stored next to the
 * scenario as `scenarios/<id>.golden.jsonl` (3.14 semantics). They make every change to what the player shows
 * visible in review. They are produced by the simulator — whose agreement with CPython the differential tests check —
 * never written by hand: `npm run golden:update` rewrites them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simulate } from '../../src/lib/simulate';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCENARIOS = join(ROOT, 'scenarios');

export function scenarioIds(): string[] {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function goldenPath(id: string): string {
  return join(SCENARIOS, `${id}.golden.jsonl`);
}

/** The trace of a scenario as golden-file text. */
export function goldenText(id: string): string {
  const source = readFileSync(join(SCENARIOS, `${id}.py`), 'utf8');
  const { events } = simulate(source, { file: `${id}.py`, python: '3.14' });
  return events.map((e) => JSON.stringify(e)).join('\n') + '\n';
}
