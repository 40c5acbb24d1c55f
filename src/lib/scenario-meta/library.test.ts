/**
 * The scenario library (scenarios/*.py) against its own metadata: every file is well-formed and fully bilingual,
 * compare pairs are symmetric, every knob setting is a valid program that the simulator runs exactly as CPython
 * does (stdout and exit code, under 3.11 through python3 and 3.14 through pyodide), and every caption is reached by
 * some event of the simulator's trace for some knob setting — so no caption is dead text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOracleById } from '../../../tests/differential/oracles';
import type { OracleResult, PythonVersion } from '../../../tests/oracle/types';
import { simulate } from '../simulate';
import {
  applyKnobs,
  captionForEvent,
  galleryOrder,
  START_HERE,
  TOPICS,
  localizeSource,
  parseScenarioMeta,
  programLangs,
  unusedSwaps,
  type Knob,
  type KnobValue,
  type ScenarioMeta
} from '.';
import { scanLines } from './lines';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scenarios');
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();
const sources = new Map(ids.map((id) => [id, readFileSync(path.join(DIR, `${id}.py`), 'utf8')]));
const metas = new Map<string, ScenarioMeta>(ids.map((id) => [id, parseScenarioMeta(id, sources.get(id)!)]));

/** The values a knob is tried at: both bools, every choice, a range's ends and default. */
function settings(k: Knob): KnobValue[] {
  if (k.type === 'bool') return [true, false];
  if (k.type === 'choice') return k.choices.map((c) => c.value);
  return [...new Set([k.min, k.default, k.max])];
}

interface Variant {
  key: string; // `id` or `id?NAME=value`
  id: string;
  source: string;
}

/**
 * The default program plus one variant per non-default knob setting (knobs changed one at a time), each in every
 * language of the program's text (`@zh`: what the 简体中文 pages run).
 */
function variants(id: string): Variant[] {
  const meta = metas.get(id)!;
  const translated = programLangs(meta).filter((l) => l !== 'en');
  return knobVariants(id).flatMap((v) => [
    v,
    ...translated.map((lang) => ({ ...v, key: `${v.key}@${lang}`, source: localizeSource(v.source, meta, lang) }))
  ]);
}

function knobVariants(id: string): Variant[] {
  const source = sources.get(id)!;
  const meta = metas.get(id)!;
  const out: Variant[] = [{ key: id, id, source }];
  for (const k of meta.knobs)
    for (const v of settings(k))
      if (v !== k.default)
        out.push({ key: `${id}?${k.name}=${v}`, id, source: applyKnobs(source, { [k.name]: v }, id) });
  return out;
}

const CJK = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

const runsOn = (id: string, v: PythonVersion) => {
  const req = metas.get(id)!.requires;
  return req === undefined || Number(req.split('.')[1]) <= Number(v.split('.')[1]);
};

describe('scenario metadata', () => {
  it('has every scenario the product promises (issue 4)', () => {
    const promised = [
      'aiohttp_fetch',
      'as_completed',
      'blocking_sleep',
      'cpu_starvation',
      'eager_tasks',
      'event_signal',
      'fetch_data',
      'gather_exception',
      'gather_fetch',
      'lock_counter',
      'never_awaited',
      'producer_consumer',
      'say_after',
      'say_after_sequential',
      'semaphore_crawler',
      'shield',
      'sleep_zero',
      'taskgroup_failure',
      'timeout_block',
      'to_thread',
      'wait_for_timeout',
      'wait_for_versions',
      'worker_pool'
    ];
    expect(ids.filter((id) => promised.includes(id))).toEqual(promised);
  });

  it.each(ids)('%s: title, lesson, captions and knob labels in English and Chinese', (id) => {
    const m = metas.get(id)!;
    expect(m.title.zh, 'title.zh').toBeTruthy();
    expect(m.lesson.en).not.toBe(m.title.en);
    expect(m.lesson.zh, 'lesson.zh').toBeTruthy();
    expect(m.captions.length, 'at least one caption').toBeGreaterThan(0);
    for (const c of m.captions) expect(c.text.zh, `caption.zh for line ${c.line}`).toBeTruthy();
    for (const k of m.knobs) expect(k.label.zh, `zh label of knob ${k.name}`).toBeTruthy();
  });

  it.each(ids)('%s: the program speaks English, and every Chinese phrase it declares is used', (id) => {
    const m = metas.get(id)!;
    const chinese = scanLines(sources.get(id)!)
      .filter((l) => !/^(title\.zh|lesson|caption|knob|text\.zh)/.test(l.comment ?? ''))
      .filter((l) => CJK.test(l.text))
      .map((l) => `line ${l.line}: ${l.text}`);
    expect(chinese, 'program text to translate: write it in English and add a `# text.zh:` swap').toEqual([]);
    expect(unusedSwaps(sources.get(id)!, m).map((s) => s.en)).toEqual([]);
    const zh = localizeSource(sources.get(id)!, m, 'zh');
    expect(zh.split('\n').length, 'the translation keeps every line').toBe(sources.get(id)!.split('\n').length);
    if (m.programText.zh.length > 0) expect(CJK.test(zh)).toBe(true);
  });

  it('the gallery places every scenario exactly once: the start-here path, then by topic', () => {
    const order = galleryOrder();
    expect([...order].sort()).toEqual(ids);
    expect(new Set(order).size).toBe(order.length);
    for (const step of [...START_HERE, ...TOPICS]) expect(step.title.zh, step.title.en).toBeTruthy();
  });

  it('pairs compare scenarios both ways', () => {
    for (const [id, m] of metas) {
      if (m.compare === undefined) continue;
      expect(metas.has(m.compare), `${id} compares with unknown ${m.compare}`).toBe(true);
      expect(metas.get(m.compare)!.compare, `${m.compare} should compare back with ${id}`).toBe(id);
    }
    expect(metas.get('say_after')!.compare).toBe('say_after_sequential');
  });

  it.each(ids)('%s: every knob setting rewrites only its own line', (id) => {
    const before = sources.get(id)!.split('\n');
    for (const v of knobVariants(id).slice(1)) {
      const after = v.source.split('\n');
      expect(after.length).toBe(before.length);
      expect(after.filter((l, i) => l !== before[i])).toHaveLength(1);
    }
  });
});

describe.each(['3.11', '3.14'] as const)('scenarios and their knob settings under %s', (version) => {
  const all = ids.filter((id) => runsOn(id, version)).flatMap(variants);
  let oracle: Map<string, OracleResult>;
  beforeAll(async () => {
    oracle = await runOracleById(
      version,
      all.map((v) => ({ id: v.key, source: v.source, file: `scenarios/${v.id}.py` }))
    );
  }, 180_000);

  it.each(all.map((v) => [v.key, v] as const))('%s: the simulator prints what CPython prints', (_key, v) => {
    const expected = oracle.get(v.key)!;
    const actual = simulate(v.source, { file: `scenarios/${v.id}.py`, python: version });
    expect(expected.exitCode, expected.stderr).toBe(0);
    expect(actual.stdout).toBe(expected.stdout);
    expect(actual.exitCode).toBe(expected.exitCode);
  });

  it.each(ids.filter((id) => runsOn(id, version)))('%s: every caption is reached', (id) => {
    const m = metas.get(id)!;
    const reached = new Set<unknown>();
    for (const v of variants(id))
      for (const e of simulate(v.source, { file: `scenarios/${id}.py`, python: version }).events)
        reached.add(captionForEvent(m.captions, e));
    const dead = m.captions.filter((c) => !reached.has(c)).map((c) => `line ${c.line}: ${c.text.en}`);
    expect(dead).toEqual([]);
  });
});
