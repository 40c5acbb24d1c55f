import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TraceEvent } from '../trace/events';
import { SpanState } from '../timeline';
import { awaitsFact, laneDetail, spanDetail } from './details';
import { buildPlayerModel } from './player-model';

const golden = (id: string): TraceEvent[] =>
  readFileSync(`scenarios/${id}.golden.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TraceEvent);

describe('hover details', () => {
  it('a task awaiting another reads "awaits Task-2", not "awaits await Task-2"', () => {
    const model = buildPlayerModel(golden('say_after'));
    const sp = model.timeline.spans;
    const spans = [...Array(sp.count).keys()].filter((i) => sp.state[i] === SpanState.waiting);
    const facts = spans.map((i) => spanDetail(model, i, model.events.length - 1).facts);
    const awaits = facts.flatMap((f) => f.filter(([k]) => k === 'awaits').map(([, v]) => v));
    expect(awaits).toContain('Task-2');
    expect(awaits.some((v) => /^await /.test(v))).toBe(false);
    expect(awaitsFact('await Task-2')).toBe('Task-2');
    expect(awaitsFact('sleep(1)')).toBe('sleep(1)');
  });

  it("times are at the trace's resolution: 1.2 s, not 1.2000000000000002 s", () => {
    const model = buildPlayerModel(golden('to_thread'));
    const end = model.events.length - 1;
    const all = [...Array(model.timeline.spans.count).keys()].flatMap((i) => spanDetail(model, i, end).facts);
    const lanes = model.timeline.lanes.flatMap((l) => laneDetail(l, end, model.resolution).facts);
    const text = [...all, ...lanes].map(([, v]) => v).join(' ');
    expect(text).toContain('1.2 s');
    expect(text).not.toMatch(/\d\.\d{6,}/);
  });
});
