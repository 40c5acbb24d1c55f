/**
 * The trace importer against real traces (every one must pass) and against random mutations of them (each must
 * either pass or fail with a TraceImportError naming a catalog AIO-T code and a line — never anything else).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/simulate';
import { parseTraceJsonl, TraceImportError, validateTrace } from '../../src/lib/trace/validate';
import { generateProgram } from '../fuzz/generate';

const PROGRAMS = [
  `import asyncio

async def worker(name, q, lock):
    async with lock:
        print(f"<b>{name}</b>")
        await asyncio.sleep(0.1)
    await q.put(name)

async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(f"w{i}", q, lock), name=f"<script>{i}</script>") for i in range(3)]
    await asyncio.gather(*tasks)
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.5)
    except TimeoutError:
        print("timeout")
    await asyncio.to_thread(print, "in thread")
    print(q.qsize())

asyncio.run(main())
`,
  `import asyncio

async def main():
    ev = asyncio.Event()
    await ev.wait()

asyncio.run(main())
`,
  `raise ValueError("x")\n`,
  `x = (\n`
];

const traces = [
  ...PROGRAMS.map((p) => simulate(p, { file: 'p.py' }).events),
  ...[1, 2, 3, 4, 5, 6].map((seed) => simulate(generateProgram(seed).source, { file: 'gen.py' }).events)
];
const texts = traces.map((evs) => evs.map((e) => JSON.stringify(e)).join('\n') + '\n');

function outcome(text: string): 'ok' | TraceImportError {
  try {
    parseTraceJsonl(text);
    return 'ok';
  } catch (e) {
    if (e instanceof TraceImportError) return e;
    throw new Error(`importer threw a non-catalog error: ${String(e)}`, { cause: e });
  }
}

describe('validateTrace / parseTraceJsonl', () => {
  it('accepts every trace the simulator writes, as JSON lines and as an array', () => {
    for (let i = 0; i < traces.length; i++) {
      expect(parseTraceJsonl(texts[i]!)).toEqual(traces[i]);
      expect(parseTraceJsonl(JSON.stringify(traces[i]))).toEqual(traces[i]);
      expect(validateTrace(JSON.parse(JSON.stringify(traces[i])))).toHaveLength(traces[i]!.length);
    }
  });

  it('accepts CRLF line ends, a BOM and blank lines, and reports the file line of an error', () => {
    const crlf = '\ufeff' + texts[0]!.replace(/\n/g, '\r\n\r\n');
    expect(parseTraceJsonl(crlf)).toHaveLength(traces[0]!.length);
    const e = outcome(crlf.replace('"seq":3,', '"seq":3,"__proto__":1,'));
    expect(e).toBeInstanceOf(TraceImportError);
    expect((e as TraceImportError).line).toBe(7); // 4th event on the 7th line (blank lines in between)
  });

  it('rejects non-text input and wrong top-level values with catalog errors', () => {
    for (const v of [null, 42, {}, [], ['x'], [null]]) {
      expect(() => validateTrace(v)).toThrow(TraceImportError);
    }
    expect(() => parseTraceJsonl(undefined)).toThrow(TraceImportError);
    expect(() => parseTraceJsonl('{}')).toThrow(TraceImportError);
    expect(() => parseTraceJsonl('[')).toThrow(TraceImportError);
  });

  it('never pollutes Object.prototype', () => {
    const text = texts[0]!.replace('"kind":"run.start"', '"kind":"run.start","__proto__":{"polluted":1}');
    expect(outcome(text)).toBeInstanceOf(TraceImportError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  const mutation = fc.oneof(
    // a random character replaced / inserted / deleted
    fc.record({
      k: fc.constant('char' as const),
      at: fc.nat(),
      ch: fc.constantFrom('{', '}', '"', ',', ':', '0', '-', 'x', '\n', '\\', ' ', '[')
    }),
    fc.record({ k: fc.constant('del' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }),
    // whole lines dropped, duplicated or swapped
    fc.record({
      k: fc.constant('lines' as const),
      a: fc.nat(),
      b: fc.nat(),
      op: fc.constantFrom('drop', 'dup', 'swap')
    }),
    // a field of one event replaced by a hostile value
    fc.record({
      k: fc.constant('field' as const),
      ev: fc.nat(),
      key: fc.constantFrom(
        'seq',
        't',
        'line',
        'kind',
        'task',
        'text',
        'awaiting',
        'pending',
        'version',
        '__proto__',
        'constructor',
        'tid'
      ),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom(-1, 1e308, '__proto__', '<script>x</script>', null)
      )
    })
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

  function mutate(text: string, m: Mutation): string {
    switch (m.k) {
      case 'char': {
        const i = m.at % (text.length + 1);
        return text.slice(0, i) + m.ch + text.slice(i + 1);
      }
      case 'del': {
        const i = m.at % (text.length + 1);
        return text.slice(0, i) + text.slice(i + m.n);
      }
      case 'lines': {
        const ls = text.split('\n');
        const a = m.a % ls.length;
        const b = m.b % ls.length;
        if (m.op === 'drop') ls.splice(a, 1);
        else if (m.op === 'dup') ls.splice(a, 0, ls[a]!);
        else [ls[a], ls[b]] = [ls[b]!, ls[a]!];
        return ls.join('\n');
      }
      case 'field': {
        const ls = text.split('\n').filter((l) => l !== '');
        const i = m.ev % ls.length;
        let ev: Record<string, unknown>;
        try {
          ev = JSON.parse(ls[i]!) as Record<string, unknown>;
        } catch {
          return text; // an earlier mutation broke this line already
        }
        if (ev === null || typeof ev !== 'object') return text;
        // defineProperty: a real own "__proto__" key, as JSON.parse makes it
        Object.defineProperty(ev, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
        ls[i] = JSON.stringify(ev);
        return ls.join('\n');
      }
    }
  }

  it('random mutations of real traces pass or fail with a catalog error (fast-check, 600 runs)', () => {
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, ms) => {
        let text = texts[which]!;
        for (const m of ms) text = mutate(text, m);
        const r = outcome(text);
        if (r !== 'ok') {
          expect(r.code).toMatch(/^AIO-T00[1-5]$/);
          expect(r.message.length).toBeGreaterThan(0);
          expect(r.hint.length).toBeGreaterThan(0);
          if (r.code !== 'AIO-T005' && r.code !== 'AIO-T003') expect(r.line).toBeGreaterThanOrEqual(1);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 600, seed: 20261125 }
    );
  });

  it('arbitrary JSON values never crash the validator (fast-check, 400 runs)', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 5 }), (values) => {
        try {
          validateTrace(values);
        } catch (e) {
          expect(e).toBeInstanceOf(TraceImportError);
        }
      }),
      { numRuns: 400, seed: 7 }
    );
  });
});
