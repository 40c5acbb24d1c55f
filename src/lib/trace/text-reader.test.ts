import { describe, expect, it } from 'vitest';
import { parseTraceJsonl, TraceImportError, TraceTextReader } from './validate';

const GOOD = [
  '{"seq":0,"t":0,"line":null,"kind":"run.start","version":1,"python":"3.14","loop":"asyncio","debug":false,"file":"m.py"}',
  '{"seq":1,"t":0,"line":1,"kind":"print","task":null,"text":"hi\\n"}',
  '',
  '{"seq":2,"t":0,"line":null,"kind":"exit","code":0}'
].join('\r\n');

function chunked(text: string, size: number) {
  const r = new TraceTextReader();
  for (let i = 0; i < text.length; i += size) r.push(text.slice(i, i + size));
  return r.end();
}

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof TraceImportError) return { code: e.code, line: e.line };
    throw e;
  }
  return null;
}

describe('TraceTextReader (a trace fed in pieces)', () => {
  it.each([1, 2, 7, 64, 10_000])('gives what parseTraceJsonl gives, in chunks of %i characters', (size) => {
    expect(chunked(GOOD, size)).toEqual(parseTraceJsonl(GOOD));
    const asArray = `[${GOOD.split('\r\n').filter(Boolean).join(',\n')}]`;
    expect(chunked(asArray, size)).toEqual(parseTraceJsonl(asArray));
    expect(chunked('\ufeff' + GOOD, size)).toEqual(parseTraceJsonl(GOOD));
  });

  it.each([1, 5, 300])('reports a bad line at the same line in chunks of %i', (size) => {
    const bad = GOOD.replace('"text":"hi\\n"}', '"text":"hi\\n"');
    expect(errorOf(() => chunked(bad, size))).toEqual({ code: 'AIO-T001', line: 2 });
    const wrongSeq = GOOD.replace('"seq":2', '"seq":5');
    expect(errorOf(() => chunked(wrongSeq, size))).toEqual(errorOf(() => parseTraceJsonl(wrongSeq)));
  });
});

describe('run.start.engine', () => {
  it('is optional, and when present names the simulator or CPython', () => {
    expect(parseTraceJsonl(GOOD)[0]).not.toHaveProperty('engine');
    const cpython = GOOD.replace('"file":"m.py"', '"file":"m.py","engine":"cpython"');
    expect(parseTraceJsonl(cpython)[0]).toMatchObject({ engine: 'cpython' });
    const other = GOOD.replace('"file":"m.py"', '"file":"m.py","engine":"java"');
    expect(errorOf(() => parseTraceJsonl(other))).toEqual({ code: 'AIO-T002', line: 1 });
  });
});
