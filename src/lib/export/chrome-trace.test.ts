import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../timeline';
import { syntheticTrace } from '../../../bench/synthetic';
import { checkChromeTrace } from './chrome-schema';
import { stampEvents, STEP_NS, toChromeTrace, type ChromeTraceEvent } from './chrome-trace';
import { golden, goldenIds } from './test-helpers';

const threadNames = (events: ChromeTraceEvent[]) =>
  events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => e.args?.name);

describe('toChromeTrace', () => {
  it.each(goldenIds())('%s passes the schema check, with every arrow as a flow', (id) => {
    const events = golden(id);
    const tl = buildTimeline(events);
    const trace = toChromeTrace(events, { file: `${id}.py`, timeline: tl });
    // Through JSON text, as a viewer reads the file.
    const parsed = JSON.parse(JSON.stringify(trace));
    expect(checkChromeTrace(parsed)).toEqual([]);
    expect(trace.otherData.flows).toBe(tl.arrows.count);
    const x = trace.traceEvents.filter((e) => e.ph === 'X' && e.cat !== 'event');
    expect(x.length).toBe(tl.spans.count);
    expect(threadNames(trace.traceEvents)).toHaveLength(tl.lanes.length);
  });

  it('names one track per task, the loop and worker threads; steps are named after the coroutine', () => {
    const trace = toChromeTrace(golden('say_after'), { file: 'say_after.py' });
    expect(threadNames(trace.traceEvents).slice(0, 4)).toEqual([
      'event loop',
      'Task-1 · main',
      'Task-2 · say_after',
      'Task-3 · say_after'
    ]);
    const threads = toChromeTrace(golden('to_thread'), { file: 'to_thread.py', loopName: '事件循环' });
    const names = threadNames(threads.traceEvents);
    expect(names[0]).toBe('事件循环');
    expect(names).toContain('asyncio_0');
    const steps = trace.traceEvents.filter((e) => e.ph === 'X' && e.tid === 3);
    expect(steps.map((e) => `${e.cat}:${e.name}`)).toContain('running:say_after');
    expect(steps.map((e) => `${e.cat}:${e.name}`)).toContain('waiting:await sleep(1)');
    const prints = trace.traceEvents.filter((e) => e.ph === 'i').map((e) => e.args?.text);
    expect(prints).toContain('hello\n');
    expect(prints).toContain('world\n');
  });

  it('puts times in microseconds of virtual time (the 1 s sleep ends ~1 000 000 µs in)', () => {
    const trace = toChromeTrace(golden('say_after'), { file: 'say_after.py' });
    const wait = trace.traceEvents.find((e) => e.name === 'await sleep(1)');
    expect(wait?.ts).toBeLessThan(100);
    expect((wait?.ts ?? 0) + (wait?.dur ?? 0)).toBeGreaterThanOrEqual(1_000_000);
    expect((wait?.ts ?? 0) + (wait?.dur ?? 0)).toBeLessThan(1_000_100);
  });

  it('stamps events at virtual time, STEP_NS apart inside an instant, strictly increasing', () => {
    const events = golden('gather_fetch');
    const ns = stampEvents(events);
    for (let i = 1; i < ns.length; i++) {
      expect(ns[i] - ns[i - 1]).toBeGreaterThanOrEqual(STEP_NS);
      expect(ns[i]).toBeGreaterThanOrEqual(Math.round(events[i].t * 1e9));
    }
  });

  it('handles a big synthetic trace (50k events) and stays valid', () => {
    const events = syntheticTrace(50_000, { seed: 5 });
    const trace = toChromeTrace(events, { file: 'big.py' });
    expect(checkChromeTrace(JSON.parse(JSON.stringify(trace)))).toEqual([]);
  });
});

describe('checkChromeTrace (can fail)', () => {
  const ok = () => JSON.parse(JSON.stringify(toChromeTrace(golden('say_after'), { file: 'say_after.py' })));
  it('accepts the export', () => expect(checkChromeTrace(ok())).toEqual([]));
  it('rejects a root without traceEvents', () => {
    expect(checkChromeTrace([])).not.toEqual([]);
    expect(checkChromeTrace({ events: [] })).not.toEqual([]);
  });
  it('rejects missing fields per phase', () => {
    for (const broken of [
      { ph: 'X', name: 'a', pid: 1, tid: 1, ts: 0 },
      { ph: 'X', name: '', pid: 1, tid: 1, ts: 0, dur: 1 },
      { ph: 'i', name: 'a', pid: 1, tid: 1, ts: 0, s: 'x' },
      { ph: 's', name: 'a', pid: 1, tid: 1, ts: 0, cat: 'flow' },
      { ph: 'Q', name: 'a', pid: 1, tid: 1, ts: 0 },
      { ph: 'X', name: 'a', pid: '1', tid: 1, ts: 0, dur: 1 },
      { ph: 'M', name: 'thread_name', pid: 1, tid: 1, args: { name: 3 } }
    ]) {
      const t = ok();
      t.traceEvents.push(broken);
      expect(checkChromeTrace(t), JSON.stringify(broken)).not.toEqual([]);
    }
  });
  it('rejects overlapping slices on one track', () => {
    const t = ok();
    const x = t.traceEvents.find((e: ChromeTraceEvent) => e.ph === 'X' && (e.dur ?? 0) > 100);
    t.traceEvents.push({ ...x, ts: x.ts + 1 });
    expect(checkChromeTrace(t).join()).toMatch(/overlaps/);
  });
  it('rejects an unmatched flow and a flow outside any slice', () => {
    const t = ok();
    const i = t.traceEvents.findIndex((e: ChromeTraceEvent) => e.ph === 'f');
    t.traceEvents.splice(i, 1);
    expect(checkChromeTrace(t).join()).toMatch(/expected one each/);
    const u = ok();
    const f = u.traceEvents.find((e: ChromeTraceEvent) => e.ph === 'f');
    f.ts = 1e12;
    expect(checkChromeTrace(u).join()).toMatch(/not inside a slice|ends before/);
  });
  it('rejects a track without a thread_name', () => {
    const t = ok();
    t.traceEvents = t.traceEvents.filter(
      (e: ChromeTraceEvent) => !(e.ph === 'M' && e.name === 'thread_name' && e.tid === 2)
    );
    expect(checkChromeTrace(t).join()).toMatch(/no thread_name/);
  });
});
