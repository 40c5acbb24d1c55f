import type { TraceEvent } from '../../../src/lib/trace/events';
import { Coroutine } from '../../../src/lib/engine/coroutine';
import { Engine } from '../../../src/lib/engine/engine';
import type { PythonVersion } from '../../../src/lib/engine/context';
import { makeJsHost, PyExc } from './js-host';

export type Body = Generator<unknown, unknown, unknown>;

/**
 * A tiny harness for engine tests: `co('name', function* () {...})` makes a Coroutine; `p(text)` prints through the
 * tracer; `out()` lists printed texts; `aw(x)` awaits a future or coroutine inside a generator (`yield* aw(x)`).
 */
export function setup(python: PythonVersion = '3.14') {
  const host = makeJsHost();
  const engine = new Engine({ host, python });
  const co = (name: string, body: () => Body): Coroutine => new Coroutine(host, body(), { qualname: name });
  const p = (text: string): void => engine.print(text);
  const out = (): string[] =>
    engine.tracer.events.filter((e) => e.kind === 'print').map((e) => (e as { text: string }).text);
  const timed = (): string[] =>
    engine.tracer.events.filter((e) => e.kind === 'print').map((e) => `${e.t} ${(e as { text: string }).text}`);
  const kinds = (k: string): TraceEvent[] => engine.tracer.events.filter((e) => e.kind === k);
  const run = (main: Coroutine, debug = false): unknown => engine.run(main, { debug });
  return { host, engine, co, p, out, timed, kinds, run, PyExc };
}

/** Run main and return the thrown Python exception (fails if none). */
export function runExpectingError(run: () => unknown): PyExc {
  try {
    run();
  } catch (e) {
    if (e instanceof PyExc) return e;
    throw e;
  }
  throw new Error('expected a Python exception');
}
