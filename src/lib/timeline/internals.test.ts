import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { TraceEvent } from '../trace/events';
import { validateTrace } from '../trace/validate';
import { buildTimeline } from './build';
import { buildStateIndex, stateAt } from './state-index';
import { hideInternals, visibleIndexOf } from './internals';

const golden = (id: string): TraceEvent[] =>
  readFileSync(`scenarios/${id}.golden.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TraceEvent);
const scenarios = readdirSync('scenarios')
  .filter((f) => f.endsWith('.golden.jsonl'))
  .map((f) => f.replace('.golden.jsonl', ''));

describe('asyncio internals hidden', () => {
  it('say_after_sequential is one task: no shutdown lanes, no runner callback at the end', () => {
    const full = golden('say_after_sequential');
    const { events, hidden } = hideInternals(full);
    expect(hidden).toBeGreaterThan(0);
    const tl = buildTimeline(events);
    expect(tl.lanes.map((l) => l.label)).toEqual(['loop', 'Task-1 · main']);
    const end = stateAt(events, buildStateIndex(events), events.length - 1);
    expect(end.runningCallback).toBeNull();
    expect(end.ready).toEqual([]);
    expect(end.tasks.map((t) => t.name)).toEqual(['Task-1']);
    expect(events.at(-1)).toMatchObject({ kind: 'exit', code: 0 });
    // the program's own story is untouched
    expect(events.filter((e) => e.kind === 'print').map((e) => e.kind === 'print' && e.text)).toEqual(
      full.filter((e) => e.kind === 'print').map((e) => e.kind === 'print' && e.text)
    );
  });

  it('hidden tasks take no lane and no colour slot: the program keeps its lanes and names', () => {
    const full = golden('to_thread');
    const shown = buildTimeline(hideInternals(full).events);
    const all = buildTimeline(full);
    expect(shown.lanes.some((l) => /shutdown/.test(l.coro))).toBe(false);
    expect(all.lanes.filter((l) => /shutdown/.test(l.coro))).toHaveLength(2);
    // same program lanes, in the same order, with their real names
    expect(shown.lanes.map((l) => l.label)).toEqual(
      all.lanes.filter((l) => !/shutdown/.test(l.coro)).map((l) => l.label)
    );
  });

  it.each(scenarios)('%s: the visible trace is a valid trace v1 that keeps every program event', (id) => {
    const full = golden(id);
    const { events, origin } = hideInternals(full);
    expect(() => validateTrace(events)).not.toThrow();
    events.forEach((e, i) => {
      expect(e.seq).toBe(i);
      expect(full[origin[i]].kind).toBe(e.kind);
      if (e.kind === 'task.ready' && e.cause !== undefined) expect(e.cause).toBeLessThan(i);
    });
    // prints, errors and the exit are never hidden
    const kept = (list: TraceEvent[]) =>
      list.filter((e) => ['print', 'error', 'exit', 'run.shutdown'].includes(e.kind)).length;
    expect(kept(events)).toBe(kept(full));
    const end = stateAt(events, buildStateIndex(events), events.length - 1);
    expect(end.tasks.some((t) => /shutdown_/.test(t.coro))).toBe(false);
    expect(end.runningCallback ?? '').not.toBe('_run_until_complete_cb');
  });

  it('maps a cursor on the full trace to the visible event at or before it', () => {
    const full = golden('say_after_sequential');
    const { origin } = hideInternals(full);
    expect(visibleIndexOf(origin, 0)).toBe(0);
    const runnerCb = full.findIndex((e) => e.kind === 'callback.run' && e.label === '_run_until_complete_cb');
    const at = visibleIndexOf(origin, runnerCb);
    expect(origin[at]).toBeLessThan(runnerCb);
    expect(visibleIndexOf(origin, full.length - 1)).toBe(origin.length - 1);
  });

  it('a trace with nothing to hide comes back unchanged', () => {
    const t: TraceEvent[] = [
      {
        seq: 0,
        t: 0,
        line: null,
        kind: 'run.start',
        version: 1,
        python: '3.14',
        loop: 'asyncio',
        debug: false,
        file: 'x.py'
      },
      { seq: 1, t: 0, line: null, kind: 'exit', code: 0 }
    ];
    expect(hideInternals(t).events).toBe(t);
  });
});
