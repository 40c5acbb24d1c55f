/**
 * The interpreter's connections to the outside: the session (engine, output, source), Python coroutine and
 * async-generator objects on top of the engine's Coroutine, `await` semantics, imports, and unsupported constructs.
 */
import type { Span } from '../ast';
import { Coroutine, Future, WOULD_SUSPEND, type Host } from '../../engine';
import type { Engine } from '../../engine';
import { formatError, type ErrorCode } from '../../errors/catalog';
import { E, err, typeError } from '../runtime/exceptions';
import { method, getter } from '../runtime/natives';
import { PyException, PyIter, PyModule, PyObject, PyType, STOP, T, typeOf, type PyValue } from '../runtime/objects';
import { addressOf, call, getIter, typeName } from '../runtime/ops';
import { currentLine, state } from './frame';
import { jsValueHooks } from './host';
import { AgenYield, FrameGen, PyFunction, PyGenerator, stopIteration, suspendHooks } from './function';

/** A construct aioscope does not run (reported as AIO-U001 with its location, before or while running). */
export class UnsupportedError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string>,
    readonly line: number,
    readonly col: number
  ) {
    super(formatError(code, params).message);
    this.name = 'UnsupportedError';
  }
}

export function unsupported(construct: string, node: Span): UnsupportedError {
  return new UnsupportedError('AIO-U001', { construct }, node.line, node.col);
}

/** Everything one simulation run needs outside the interpreter (the run's PyRuntime holds it: `state.session`). */
export interface Session {
  host: Host;
  engine: Engine;
  filename: string;
  source: string[];
  version: '3.11' | '3.14';
  /** Modules imported so far (sys.modules). */
  modules: Map<string, PyModule>;
  /** Coroutine objects created (never-awaited check at exit). */
  coroutines: PyCoro[];
  /** Length of `coroutines` after its last pruning (see makeCoroutine). */
  coroutinesKept: number;
  /** Text for stderr that is not a print() (logging output, warnings). */
  writeErr(text: string): void;
  /** Emit a warning the way Python prints it (stderr text + trace event). */
  warn(
    category: string,
    message: string,
    where: { file: string; line: number; text: string | null; tracemalloc?: boolean } | null
  ): void;
}

export function sess(): Session {
  const s = state.session;
  if (!s) throw new Error('no simulation session');
  return s;
}

// ------------------------------------------------------------------------------------------------ coroutines

export const CoroutineType = new PyType(T.type, 'coroutine', [T.object], 'native', true);
export const AsyncGenType = new PyType(T.type, 'async_generator', [T.object], 'native', true);
const AwaitIterType = new PyType(T.type, 'coroutine_wrapper', [T.object], 'native', true);

/** A Python coroutine object: the engine Coroutine plus Python identity. */
export class PyCoro extends PyObject {
  constructor(
    readonly coro: Coroutine,
    readonly name: string,
    readonly qualname: string,
    readonly createdLine: number | null
  ) {
    super(CoroutineType);
  }
  /** Debug mode only: where the coroutine was created (CPython's cr_origin), formatted as traceback lines. */
  origin: string | null = null;
}

/** asyncio's own frames between asyncio.run's caller and a task step (debug-mode origins), per version. */
const LOOP_FRAMES: Record<'3.11' | '3.14', [string, number, string, string][]> = {
  '3.11': [
    ['runners.py', 190, 'run', 'return runner.run(main)'],
    ['runners.py', 118, 'run', 'return self._loop.run_until_complete(task)'],
    ['base_events.py', 640, 'run_until_complete', 'self.run_forever()'],
    ['base_events.py', 607, 'run_forever', 'self._run_once()'],
    ['base_events.py', 1914, '_run_once', 'handle._run()'],
    ['events.py', 80, '_run', 'self._context.run(self._callback, *self._args)']
  ],
  '3.14': [
    ['runners.py', 204, 'run', 'return runner.run(main)'],
    ['runners.py', 127, 'run', 'return self._loop.run_until_complete(task)'],
    ['base_events.py', 706, 'run_until_complete', 'self.run_forever()'],
    ['base_events.py', 677, 'run_forever', 'self._run_once()'],
    ['base_events.py', 2038, '_run_once', 'handle._run()'],
    ['events.py', 94, '_run', 'self._context.run(self._callback, *self._args)']
  ]
};

/** asyncio's DEBUG_STACK_DEPTH: how many of the innermost frames a coroutine origin keeps. */
const ORIGIN_DEPTH = 10;

/**
 * The "Coroutine created at" block CPython's debug mode adds to a never-awaited warning: the creating frames,
 * outermost first, with asyncio's own frames where a task step runs under asyncio.run (install paths are given as
 * /usr/lib/pythonX.Y, as in our tracebacks).
 */
function captureOrigin(s: Session): string {
  const frames: [string, number, string, string][] = [];
  for (let f = state.frame; f !== null; f = f.back) {
    if (f === state.loopFrame) {
      for (const [file, line, name, text] of [...LOOP_FRAMES[s.version]].reverse())
        frames.push([`/usr/lib/python${s.version}/asyncio/${file}`, line, name, text]);
    }
    const text = f.code.filename === s.filename ? (s.source[f.line - 1]?.trim() ?? '') : '';
    frames.push([f.code.filename, f.line, f.code.name, text]);
  }
  const kept = frames.slice(0, ORIGIN_DEPTH).reverse();
  let out = 'Coroutine created at (most recent call last)\n';
  for (const [file, line, name, text] of kept) {
    out += `  File "${file}", line ${line}, in ${name}\n`;
    if (text) out += `    ${text}\n`;
  }
  return out.slice(0, -1);
}

/** The Python object for an engine coroutine (library coroutines get one on demand; cached on the coroutine). */
export function wrapCoro(c: Coroutine): PyCoro {
  let p = c.hostObject as PyCoro | undefined;
  if (p === undefined) {
    const q = c.qualname;
    p = new PyCoro(c, q.slice(q.lastIndexOf('.') + 1), q, c.line);
    c.hostObject = p;
  }
  return p;
}

suspendHooks.makeCoroutine = (fn: PyFunction, body: FrameGen) => {
  const s = sess();
  const line = currentLine();
  const c = new Coroutine(s.host, body, {
    qualname: fn.qualname,
    line,
    filename: s.filename,
    defLine: fn.code.firstLine,
    frameLine: () => body.f.line
  });
  const p = new PyCoro(c, fn.name, fn.qualname, line);
  c.hostObject = p;
  // Debug mode tracks origins from the moment the loop is in debug mode (asyncio.run(debug=True) enables it).
  if (s.engine.loopRunning() && s.engine.get_running_loop().get_debug()) p.origin = captureOrigin(s);
  s.coroutines.push(p);
  // a coroutine object costs about a kilobyte (frame, generators): creating one spends extra step fuel, so a loop
  // making millions without awaiting (gather(*(f() for …))) meets the step budget before the memory runs out
  state.steps += 2;
  // only never-started coroutines matter at exit: drop the others now and then, so finished ones (their frames and
  // generators) can be collected instead of living until the end (amortised: the list at most doubles between passes)
  if (s.coroutines.length >= 1024 && s.coroutines.length >= 2 * s.coroutinesKept) {
    s.coroutines = s.coroutines.filter((c) => !c.coro.started && !c.coro.closed);
    s.coroutinesKept = s.coroutines.length;
  }
  return p;
};

method(
  CoroutineType,
  '__repr__',
  (a) => `<coroutine object ${(a[0] as PyCoro).qualname} at ${addressOf(a[0] as PyObject)}>`
);
method(CoroutineType, 'send', (a) => {
  const r = (a[0] as PyCoro).coro.send(a[1] ?? null);
  if (r.done) throw stopIteration(r.value as PyValue);
  return r.value as PyValue;
});
method(CoroutineType, 'throw', (a) => {
  const r = (a[0] as PyCoro).coro.throw(a[1]);
  if (r.done) throw stopIteration(r.value as PyValue);
  return r.value as PyValue;
});
method(CoroutineType, 'close', (a) => {
  (a[0] as PyCoro).coro.close();
  return null;
});
method(CoroutineType, '__await__', (a) => new AwaitIter((a[0] as PyCoro).coro.__await__()));
getter(CoroutineType, '__name__', (s) => (s as PyCoro).name);
getter(CoroutineType, '__qualname__', (s) => (s as PyCoro).qualname);
getter(CoroutineType, 'cr_running', (s) => (s as PyCoro).coro.running);

/** coroutine.__await__(): an iterator over what the coroutine yields to the task. */
class AwaitIter extends PyIter {
  constructor(readonly gen: Generator<unknown, unknown, unknown>) {
    super(AwaitIterType);
  }
  next(): PyValue | typeof STOP {
    const r = this.gen.next(null);
    return r.done ? STOP : (r.value as PyValue);
  }
}

/** Hook: Python objects wrapping engine futures (set by the asyncio module). */
export const futureHooks = {
  unwrap: (v: PyValue): Future | null => {
    void v;
    return null;
  }
};

/** What `await` of an engine coroutine/future gives Python: engine values (JS objects) become Python objects. */
export function engineResult(r: unknown): unknown {
  return typeof r === 'object' && r !== null && !(r instanceof PyObject) ? jsValueHooks.fromEngine(r) : r;
}

/** `await x`: what the awaiting generator delegates to. */
export function* awaitValue(v: PyValue): Generator<unknown, unknown, unknown> {
  if (v instanceof PyCoro) {
    const c = v.coro;
    // a library coroutine that can finish at once (Queue.get with an item there) does so without a generator
    let r = c.tryComplete();
    if (r === WOULD_SUSPEND) r = yield* c.__await__();
    return typeof r === 'object' && r !== null && !(r instanceof PyObject) ? jsValueHooks.fromEngine(r) : r;
  }
  const fut = futureHooks.unwrap(v);
  if (fut) {
    const r = yield* fut.__await__();
    return typeof r === 'object' && r !== null && !(r instanceof PyObject) ? jsValueHooks.fromEngine(r) : r;
  }
  const t = typeOf(v);
  const m = t.lookup('__await__');
  if (m !== undefined && m !== null) {
    const it = call(m, [v]);
    if (it instanceof AwaitIter) return yield* it.gen;
    if (it instanceof PyGenerator) return yield* it.body;
    if (it instanceof PyCoro) return yield* it.coro.__await__();
    const f2 = futureHooks.unwrap(it);
    if (f2) return yield* f2.__await__();
    // a plain iterator: its items must be futures (or None for a bare yield)
    const iter = getIter(it);
    for (let x = iter.next(); x !== STOP; x = iter.next()) {
      const fx = futureHooks.unwrap(x);
      yield fx ?? null;
    }
    return null;
  }
  if (v instanceof PyObject && t === CoroutineType) return null;
  throw typeError(`object ${typeName(v)} can't be used in 'await' expression`);
}

/** `yield from x` in a (sync) generator. */
export function* yieldFrom(x: PyValue): Generator<unknown, PyValue, unknown> {
  if (x instanceof PyGenerator) {
    x.started = true;
    const r = (yield* x.body) as PyValue;
    x.finished = true;
    return r;
  }
  const it = getIter(x);
  for (let v = it.next(); v !== STOP; v = it.next()) yield v;
  return null;
}

// ------------------------------------------------------------------------------------------------ async iteration

/** `async for`: __aiter__ then repeated `await __anext__()`; StopAsyncIteration ends the loop. */
export function asyncIter(v: PyValue): { next(): Generator<unknown, unknown, unknown> } {
  const ai = typeOf(v).lookup('__aiter__');
  if (ai === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  const it = call(ai, [v]);
  const nx = typeOf(it).lookup('__anext__');
  if (nx === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return {
    *next() {
      return yield* awaitValue(call(nx, [it]));
    }
  };
}

/** An async generator object. */
export class PyAsyncGen extends PyObject {
  finished = false;
  running = false;
  constructor(
    readonly body: FrameGen,
    readonly name: string,
    readonly qualname: string
  ) {
    super(AsyncGenType);
  }
}

suspendHooks.makeAsyncGen = (fn, body) => new PyAsyncGen(body, fn.name, fn.qualname);

function* anextBody(ag: PyAsyncGen, first: { mode: 0 | 1; v: unknown }): Generator<unknown, unknown, unknown> {
  if (ag.finished) throw err(E.StopAsyncIteration);
  let mode = first.mode;
  let send: unknown = first.v;
  for (;;) {
    let r: IteratorResult<unknown, unknown>;
    ag.running = true;
    try {
      r = mode === 0 ? ag.body.next(send) : ag.body.throw(send);
    } catch (e) {
      ag.finished = true;
      if (e instanceof PyException && e.cls.isSubtypeOf(E.StopAsyncIteration)) {
        throw err(E.RuntimeError, 'async generator raised StopAsyncIteration');
      }
      throw e;
    } finally {
      ag.running = false;
    }
    if (r.done) {
      ag.finished = true;
      throw err(E.StopAsyncIteration);
    }
    if (r.value instanceof AgenYield) return r.value.value;
    try {
      send = yield r.value;
      mode = 0;
    } catch (e) {
      send = e;
      mode = 1;
    }
  }
}

function anextCoro(ag: PyAsyncGen, mode: 0 | 1, v: unknown, label: string): PyCoro {
  const s = sess();
  const c = new Coroutine(s.host, anextBody(ag, { mode, v }), { qualname: label });
  return wrapCoro(c);
}

method(AsyncGenType, '__aiter__', (a) => a[0]!);
method(AsyncGenType, '__anext__', (a) =>
  anextCoro(a[0] as PyAsyncGen, 0, null, `${(a[0] as PyAsyncGen).qualname}.__anext__`)
);
method(AsyncGenType, 'asend', (a) => anextCoro(a[0] as PyAsyncGen, 0, a[1], 'asend'));
method(AsyncGenType, 'athrow', (a) => anextCoro(a[0] as PyAsyncGen, 1, a[1], 'athrow'));
method(AsyncGenType, 'aclose', (a) => {
  const ag = a[0] as PyAsyncGen;
  const s = sess();
  // eslint-disable-next-line require-yield
  const body = (function* () {
    if (!ag.finished) {
      ag.finished = true;
      ag.body.return(null);
    }
    return null;
  })();
  return wrapCoro(new Coroutine(s.host, body, { qualname: 'aclose' }));
});
method(
  AsyncGenType,
  '__repr__',
  (a) => `<async_generator object ${(a[0] as PyAsyncGen).qualname} at ${addressOf(a[0] as PyObject)}>`
);

// generator methods (send/throw/close) live here to keep function.ts free of natives
method(T.generator, 'send', (a) => (a[0] as PyGenerator).send(a[1] ?? null));
method(T.generator, 'throw', (a) => (a[0] as PyGenerator).throwIn(a[1]!));
method(T.generator, 'close', (a) => {
  (a[0] as PyGenerator).close();
  return null;
});
method(
  T.generator,
  '__repr__',
  (a) => `<generator object ${(a[0] as PyGenerator).qualname} at ${addressOf(a[0] as PyObject)}>`
);
getter(T.generator, '__name__', (s) => (s as PyGenerator).name);

// ------------------------------------------------------------------------------------------------ warnings

function unawaitedMessage(p: PyCoro): string {
  const text = `coroutine '${p.qualname}' was never awaited`;
  return p.origin === null ? text : `${text}\n${p.origin}`;
}

/** An expression statement dropped a coroutine it just created: CPython warns right there. */
export function warnUnawaited(v: PyObject, f: { line: number; code: { filename: string } }): void {
  if (!(v instanceof PyCoro)) return;
  const c = v.coro;
  if (c.started || c.closed) return;
  c.close();
  const s = sess();
  const text = s.source[f.line - 1]?.trim() ?? null;
  s.warn('RuntimeWarning', unawaitedMessage(v), {
    file: f.code.filename,
    line: f.line,
    text
  });
}

/** At exit: coroutines never awaited (CPython reports them as the objects are collected). */
export function warnLeftoverCoroutines(): void {
  const s = sess();
  for (const p of s.coroutines) {
    if (!p.coro.started && !p.coro.closed) {
      p.coro.closed = true;
      s.warn('RuntimeWarning', unawaitedMessage(p), null);
    }
  }
}

// ------------------------------------------------------------------------------------------------ imports

export type ModuleFactory = (s: Session) => PyModule;
export const moduleFactories = new Map<string, ModuleFactory>();

export function importModule(name: string, node: Span, quiet = false, catchable = false): PyModule {
  const s = sess();
  const cached = s.modules.get(name);
  if (cached) return cached;
  const f = moduleFactories.get(name);
  if (!f) {
    if (quiet || catchable) throw err(E.ModuleNotFoundError, `No module named '${name}'`);
    throw new UnsupportedError('AIO-U002', { module: name }, node.line, node.col);
  }
  const m = f(s);
  s.modules.set(name, m);
  return m;
}

export { state };
