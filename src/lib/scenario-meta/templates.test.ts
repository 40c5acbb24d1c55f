import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readScenarioMeta } from './parse';
import { fillText, withoutKnobComments } from './templates';

const SRC = [
  '# Semaphore: at most {LIMIT} requests in flight',
  '# lesson: A Semaphore({LIMIT}) lets only {LIMIT} tasks in at once.',
  'import asyncio',
  '',
  'LIMIT = 3  # knob: 1..8 "requests in flight"',
  'FAST = True  # knob: bool',
  '# caption: [default] page 4 starts at 0.8 s, when page 2 frees its slot.',
  'x = LIMIT',
  ''
].join('\n');

describe('knob templates', () => {
  const { meta, problems } = readScenarioMeta('t', SRC);

  it('fills {NAME} with the value the run used, the default when unchanged', () => {
    expect(problems).toEqual([]);
    expect(fillText(meta.title.en, meta.knobs, {}).text).toBe('Semaphore: at most 3 requests in flight');
    expect(fillText(meta.title.en, meta.knobs, { LIMIT: 1 }).text).toBe('Semaphore: at most 1 requests in flight');
    expect(fillText(meta.lesson.en, meta.knobs, { LIMIT: 5 }).text).toBe(
      'A Semaphore(5) lets only 5 tasks in at once.'
    );
    expect(fillText('{FAST} and {NOPE}', meta.knobs, { FAST: false }).text).toBe('False and {NOPE}');
  });

  it('marks a text written for the defaults once a knob differs', () => {
    const cap = meta.captions[0]!.text.en;
    expect(fillText(cap, meta.knobs, {})).toEqual({
      text: 'page 4 starts at 0.8 s, when page 2 frees its slot.',
      forDefault: true,
      outdated: false,
      assumes: ''
    });
    const changed = fillText(cap, meta.knobs, { LIMIT: 1 });
    expect(changed.outdated).toBe(true);
    expect(changed.assumes).toBe('LIMIT = 3');
    // a knob set back to its default is not a change
    expect(fillText(cap, meta.knobs, { LIMIT: 3 }).outdated).toBe(false);
  });

  it('reports a placeholder that names no knob, at its line', () => {
    const bad = readScenarioMeta('t', '# caption: at most {LIMT}\nx = 1\nLIMIT = 3  # knob: 1..8\n');
    expect(bad.problems.map((p) => p.message)).toEqual([expect.stringContaining('{LIMT} names no knob')]);
  });

  it('hides the raw # knob: annotation from the shown code, keeping every line where it was', () => {
    const shown = withoutKnobComments(SRC, meta.knobs);
    expect(shown.split('\n')[4]).toBe('LIMIT = 3');
    expect(shown.split('\n')[5]).toBe('FAST = True');
    expect(shown.split('\n')).toHaveLength(SRC.split('\n').length);
    expect(shown).not.toContain('knob:');
    // an ordinary comment on a knob-free line stays
    const crawler = readFileSync('scenarios/semaphore_crawler.py', 'utf8');
    const m = readScenarioMeta('semaphore_crawler', crawler);
    const out = withoutKnobComments(crawler, m.meta.knobs);
    expect(out).not.toContain('# knob:');
    expect(out.split('\n').length).toBe(crawler.split('\n').length);
    expect(out).toContain('DELAYS = [1.2, 0.8, 1.0, 0.6, 0.9, 1.1, 0.7, 0.5]  #');
  });
});

describe('telling a scenario for knob values', () => {
  it('fills captions in both languages and says which were written for the defaults', async () => {
    const { tellCaptions, tellText } = await import('./templates');
    const src = readFileSync('scenarios/semaphore_crawler.py', 'utf8');
    const { meta } = readScenarioMeta('semaphore_crawler', src);
    expect(tellText(meta.title, meta.knobs, { LIMIT: 1 })).toEqual({
      en: 'Semaphore: at most 1 requests in flight',
      zh: 'Semaphore：最多同时 1 个请求'
    });
    const atDefault = tellCaptions(meta.captions, meta.knobs, {});
    expect(atDefault[0]!.text.en).toMatch(/^Never more than 3 requests in flight/);
    expect(atDefault[0]!.assumes).toBeUndefined();
    const changed = tellCaptions(meta.captions, meta.knobs, { LIMIT: 1 });
    expect(changed[0]!.text.en).toMatch(/^Never more than 1 requests/);
    expect(changed[0]!.text.zh).toMatch(/^同时进行的请求从不超过 1 个/);
    expect(changed[0]!.assumes).toBe('LIMIT = 3');
  });
});
