/**
 * Unit tests of the trace importer on small hand-written traces (the simulator-driven fuzzing lives in
 * tests/hardening/trace-import.test.ts: trace/ may not import the simulator).
 */
import { describe, expect, it } from 'vitest';
import { parseTraceJsonl, TraceImportError, validateTrace } from './validate';

const GOOD = [
  {
    seq: 0,
    t: 0,
    line: null,
    kind: 'run.start',
    version: 1,
    python: '3.14',
    loop: 'asyncio',
    debug: false,
    file: 'a.py'
  },
  { seq: 1, t: 0, line: 5, kind: 'task.create', task: 'Task-1', parent: null, coro: 'main', tid: 1, parentTid: null },
  { seq: 2, t: 0, line: 5, kind: 'task.ready', task: 'Task-1' },
  { seq: 3, t: 0, line: null, kind: 'loop.tick', iteration: 1, ready: ['Task-1'] },
  { seq: 4, t: 0, line: 2, kind: 'task.resume', task: 'Task-1' },
  { seq: 5, t: 0, line: 3, kind: 'print', task: 'Task-1', text: '<script>alert(1)</script>\n' },
  {
    seq: 6,
    t: 0,
    line: 4,
    kind: 'task.suspend',
    task: 'Task-1',
    awaiting: { kind: 'sleep', until: 1, label: 'sleep(1)' }
  },
  { seq: 7, t: 1, line: 4, kind: 'task.resume', task: 'Task-1' },
  { seq: 8, t: 1, line: 4, kind: 'task.done', task: 'Task-1', state: 'result', detail: 'None' },
  { seq: 9, t: 1, line: null, kind: 'exit', code: 0 }
];
const lines = (evs: unknown[]) => evs.map((e) => JSON.stringify(e)).join('\n');

function rejects(text: string): TraceImportError {
  try {
    parseTraceJsonl(text);
  } catch (e) {
    expect(e).toBeInstanceOf(TraceImportError);
    return e as TraceImportError;
  }
  throw new Error('accepted');
}

function patched(i: number, patch: Record<string, unknown>): string {
  return lines(GOOD.map((e, j) => (j === i ? { ...e, ...patch } : e)));
}

describe('parseTraceJsonl', () => {
  it('accepts a valid trace as JSON lines and as an array, keeping markup as literal text', () => {
    expect(parseTraceJsonl(lines(GOOD))).toEqual(GOOD);
    expect(parseTraceJsonl(JSON.stringify(GOOD))).toEqual(GOOD);
    expect(validateTrace(GOOD)[5]).toMatchObject({ text: '<script>alert(1)</script>\n' });
  });

  it('ignores unknown optional fields (format rule) but not unknown kinds', () => {
    expect(() => parseTraceJsonl(patched(2, { someday: [1, 2] }))).not.toThrow();
    expect(rejects(patched(2, { kind: 'task.explode' }))).toMatchObject({ code: 'AIO-T002', line: 3 });
  });

  it('names the code, line and problem of each kind of damage', () => {
    expect(rejects('{"seq":0')).toMatchObject({ code: 'AIO-T001', line: 1 });
    expect(rejects(patched(0, { version: 9 }))).toMatchObject({ code: 'AIO-T003', line: 1 });
    expect(rejects(patched(4, { seq: 7 }))).toMatchObject({ code: 'AIO-T004', line: 5 });
    expect(rejects(patched(8, { t: 0.5 })).message).toContain('t goes backwards');
    expect(rejects(patched(5, { text: null })).message).toContain('print.text must be a string');
    expect(rejects(patched(6, { awaiting: { kind: 'sleep', label: 'x' } })).message).toContain('awaiting.until');
    expect(rejects(patched(8, { state: 'weird' })).message).toContain('task.done.state must be one of');
    expect(rejects(patched(1, { seq: 1.5 })).code).toBe('AIO-T002');
    expect(rejects(lines([...GOOD.slice(0, 9), GOOD[2], GOOD[9]].map((e, i) => ({ ...e, seq: i })))).code).toBe(
      'AIO-T002'
    );
  });

  it('checks that a cause names an earlier event (AIO-T007) and accepts recordings of 3.12 and 3.13', () => {
    expect(() => parseTraceJsonl(patched(2, { cause: 1 }))).not.toThrow();
    expect(rejects(patched(2, { cause: 2 }))).toMatchObject({ code: 'AIO-T007', line: 3 });
    expect(rejects(patched(2, { cause: 7 })).message).toContain('cause 7 must name an earlier event');
    expect(() => parseTraceJsonl(patched(0, { python: '3.12' }))).not.toThrow();
    expect(rejects(patched(0, { python: '3.10' })).code).toBe('AIO-T002');
  });

  it('refuses prototype keys anywhere, without polluting Object.prototype', () => {
    const text = lines(GOOD).replace('"kind":"print"', '"kind":"print","__proto__":{"polluted":true}');
    expect(rejects(text)).toMatchObject({ code: 'AIO-T002', line: 6 });
    expect(rejects(text).message).toContain("forbidden key '__proto__'");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(rejects(patched(6, { awaiting: { kind: 'future', label: 'f', x: { constructor: 1 } } })).message).toContain(
      "forbidden key 'constructor'"
    );
  });

  it('enforces size limits before doing much work', () => {
    expect(rejects(patched(5, { text: 'x'.repeat(2_000_001) })).code).toBe('AIO-T005');
    const deep = '['.repeat(20) + ']'.repeat(20);
    expect(rejects(lines(GOOD).replace('"ready":["Task-1"]', `"ready":["Task-1"],"x":${deep}`)).code).toBe('AIO-T002');
  });

  it('throws only TraceImportError, whatever the input', () => {
    for (const v of [undefined, null, 0, '', ' ', '[]', '{}', 'null', '[null]', '\u0000', '["run.start"]']) {
      expect(() => parseTraceJsonl(v)).toThrow(TraceImportError);
    }
    for (const v of [undefined, null, 1, 'x', {}, [], [[]], [{ seq: 0 }]]) {
      expect(() => validateTrace(v)).toThrow(TraceImportError);
    }
  });
});
