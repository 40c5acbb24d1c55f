/**
 * Golden traces: each scenario's trace as the simulator writes it, one JSON event per line, stored next to the
 * scenario as `scenarios/<id>.golden.jsonl` (3.14 semantics). They make every change to what the player shows
 * visible in review. They are produced by the simulator — whose agreement with CPython the differential tests check —
 * never written by hand: `npm run golden:update` rewrites them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { simulate } from '../../src/lib/simulate';
import { localizeSource, programLangs, readScenarioMeta, type ProgramLang } from '../../src/lib/scenario-meta';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCENARIOS = join(ROOT, 'scenarios');

export function scenarioIds(): string[] {
  return readdirSync(SCENARIOS)
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Every program a scenario shows: the file itself (English) and each translation of its text (`.zh`). */
export function goldenVariants(): { id: string; lang: ProgramLang }[] {
  return scenarioIds().flatMap((id) => {
    const { meta } = readScenarioMeta(id, readFileSync(join(SCENARIOS, `${id}.py`), 'utf8'));
    return programLangs(meta).map((lang) => ({ id, lang }));
  });
}

export function goldenPath(id: string, lang: ProgramLang = 'en'): string {
  return join(SCENARIOS, lang === 'en' ? `${id}.golden.jsonl` : `${id}.${lang}.golden.jsonl`);
}

/** The trace of a scenario (in one language of its program text) as golden-file text. */
export function goldenText(id: string, lang: ProgramLang = 'en'): string {
  const file = readFileSync(join(SCENARIOS, `${id}.py`), 'utf8');
  const source = localizeSource(file, readScenarioMeta(id, file).meta, lang);
  const { events } = simulate(source, { file: `${id}.py`, python: '3.14' });
  return events.map((e) => JSON.stringify(e)).join('\n') + '\n';
}
