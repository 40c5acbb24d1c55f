import { describe, expect, it } from 'vitest';
import { openingQuery, readTraceStream, sameOriginTraceUrl } from './load';
import { TraceImportError } from '../trace/validate';
import { simulate } from '../simulate';

const ORIGIN = 'https://aioscope.test';

function streamOf(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.subarray(at, at + size));
      at += size;
    }
  });
}

describe('/open loading', () => {
  const trace = simulate(
    'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("hé 🙂")\nasyncio.run(main())\n',
    {
      file: 'm.py'
    }
  ).events;
  const jsonl = trace.map((e) => JSON.stringify(e)).join('\n') + '\n';

  it.each([3, 100, 1 << 16])('reads a stream in %i-byte chunks (split characters too) with progress', async (size) => {
    const seen: number[] = [];
    const events = await readTraceStream(streamOf(jsonl, size), 0, (p) => seen.push(p.loaded));
    expect(events).toEqual(trace);
    expect(seen.at(-1)).toBe(new TextEncoder().encode(jsonl).length);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('reports a broken line with its number', async () => {
    const bad = jsonl.split('\n');
    bad[2] = bad[2]!.slice(0, -1);
    await expect(readTraceStream(streamOf(bad.join('\n'), 50), 0, () => {})).rejects.toMatchObject({
      code: 'AIO-T001',
      line: 3
    });
  });

  it('accepts only addresses on this origin', () => {
    expect(sameOriginTraceUrl('/traces/a.jsonl', ORIGIN).href).toBe(`${ORIGIN}/traces/a.jsonl`);
    expect(sameOriginTraceUrl('rec.jsonl', ORIGIN).pathname).toBe('/rec.jsonl');
    for (const bad of [
      'https://evil.test/t.jsonl',
      '//evil.test/t.jsonl',
      'data:text/plain,{}',
      'javascript:alert(1)',
      'http://aioscope.test/t'
    ]) {
      expect(() => sameOriginTraceUrl(bad, ORIGIN), bad).toThrow(TraceImportError);
      try {
        sameOriginTraceUrl(bad, ORIGIN);
      } catch (e) {
        expect((e as TraceImportError).code).toBe('AIO-T020');
      }
    }
  });

  it('opens at a shared moment, else at the end, and a big recording at its start', () => {
    expect(openingQuery('?trace=/a.jsonl&cursor=5&speed=2', '/a.jsonl', 10)).toBe('trace=%2Fa.jsonl&cursor=5&speed=2');
    expect(openingQuery('', '/a.jsonl', 10)).toBe('cursor=9&trace=%2Fa.jsonl');
    expect(openingQuery('', null, 2_000_000)).toBe('cursor=0');
  });
});
