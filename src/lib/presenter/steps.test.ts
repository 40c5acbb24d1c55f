import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Caption } from '../scenario-meta';
import { readScenarioMeta } from '../scenario-meta';
import { simulate } from '../simulate';
import { authoredSteps, defaultSteps, noteAt, parseGranularity, stepLabel, stopsFor } from './steps';

const root = resolve(import.meta.dirname, '../../..');
function scenario(id: string) {
  const source = readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8');
  return { events: simulate(source, { file: `${id}.py` }).events, meta: readScenarioMeta(id, source).meta };
}
const ev = (kind: string, line: number | null = 1, task: string | null = 'T') => ({ kind, line, task });

describe('default steps', () => {
  it('stop where a task starts, awaits, wakes or ends, at prints and timers, and once at shutdown', () => {
    const events = [
      ev('run.start', null),
      ev('task.create'),
      ev('loop.tick', null),
      ev('task.resume'),
      ev('timer.add'),
      ev('task.suspend'),
      ev('timer.fire', null),
      ev('task.resume'),
      ev('print'),
      ev('task.done'),
      ev('run.shutdown', null),
      ev('task.resume', null, 'Task-2'),
      ev('task.done', null, 'Task-2'),
      ev('exit', null)
    ];
    expect(defaultSteps(events)).toEqual([0, 3, 5, 6, 7, 8, 9, 10, 13]);
  });

  it('tell say_after_sequential in more than its two captions', () => {
    const { events, meta } = scenario('say_after_sequential');
    const captions = stopsFor('captions', { events, captions: meta.captions })!;
    const steps = defaultSteps(events);
    expect(captions.length).toBeLessThan(6);
    expect(steps.length).toBeGreaterThan(10);
    // Every print is a stop.
    events.forEach((e, i) => e.kind === 'print' && expect(steps).toContain(i));
  });
});

describe('authored steps', () => {
  const step = (line: number, on?: string, en = ''): Caption => ({ line, ...(on ? { on } : {}), text: { en } });

  it('stop on each arrival on a marked line, matching the kind when given', () => {
    const events = [
      ev('run.start', null),
      ev('task.resume', 3),
      ev('task.suspend', 3),
      ev('print', 4),
      ev('task.resume', 3),
      ev('exit', null)
    ];
    expect(authoredSteps([step(3)], events)).toEqual([0, 1, 4, 5]);
    expect(authoredSteps([step(3, 'task.suspend')], events)).toEqual([0, 2, 5]);
    expect(authoredSteps([step(4, undefined, 'prints')], events)).toEqual([0, 3, 5]);
    expect(stepLabel([step(4, undefined, 'prints')], events, 3)).toEqual({ en: 'prints' });
    expect(stepLabel([step(4)], events, 3)).toBeNull();
  });

  it('are read from say_after_sequential and producer_consumer and land on their lines', () => {
    for (const id of ['say_after_sequential', 'producer_consumer']) {
      const { events, meta } = scenario(id);
      expect(meta.steps!.length).toBeGreaterThanOrEqual(3);
      const stops = stopsFor('steps', { events, captions: meta.captions, steps: meta.steps })!;
      expect(stops).toEqual(authoredSteps(meta.steps!, events));
      const inner = stops.slice(1, -1);
      expect(inner.length).toBeGreaterThanOrEqual(meta.steps!.length);
      for (const s of inner) expect(meta.steps!.some((st) => st.line === events[s]!.line)).toBe(true);
      // Each named step has its Chinese text too.
      for (const st of meta.steps!) if (st.text.en) expect(st.text.zh).toBeTruthy();
    }
  });

  it('speaker notes follow the cursor', () => {
    const { events, meta } = scenario('say_after_sequential');
    expect(noteAt(meta.notes, events, 0)).toBeNull();
    const firstPrint = events.findIndex((e) => e.kind === 'print');
    expect(noteAt(meta.notes, events, firstPrint)?.en).toContain('how long');
    expect(noteAt(meta.notes, events, events.length - 1)?.en).toContain('say_after');
    expect(noteAt(undefined, events, 3)).toBeNull();
  });
});

describe('granularity', () => {
  it('events means every event; unknown names are the default', () => {
    expect(stopsFor('events', { events: [], captions: [] })).toBeNull();
    expect(parseGranularity('captions')).toBe('captions');
    expect(parseGranularity('nope')).toBeNull();
    expect(parseGranularity(null)).toBeNull();
  });
  it('captions falls back to the default steps without captions', () => {
    const events = [ev('run.start', null), ev('print'), ev('exit', null)];
    expect(stopsFor('captions', { events, captions: [] })).toEqual([0, 1, 2]);
    expect(stopsFor('steps', { events, captions: [] })).toEqual([0, 1, 2]);
  });
});
