/**
 * Python functions: argument binding, frames, and the three kinds of suspendable bodies (generators, coroutines,
 * async generators), all driven through FrameGen so the interpreter always knows the innermost running frame.
 */
import { E, err, typeError } from '../runtime/exceptions';
import {
  Cell,
  PyCallable,
  PyException,
  PyIter,
  PyObject,
  PyTuple,
  STOP,
  T,
  type KwArgs,
  type PyType,
  type PyValue
} from '../runtime/objects';
import { dictSet, newDict } from '../runtime/ops';
import { Frame, overBudget, RECURSION_LIMIT, state, type Code } from './frame';

export type Ev = (f: Frame) => PyValue;
export type EvG = (f: Frame) => Generator<unknown, PyValue, unknown>;
export type Ex = (f: Frame) => number;
export type ExG = (f: Frame) => Generator<unknown, number, unknown>;

/** Statement completions. RETURN leaves the value in frame.ret. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export type FnKind = 'sync' | 'gen' | 'coro' | 'agen';

export interface FnCode extends Code {
  kind: FnKind;
  body: Ex | null;
  bodyG: ExG | null;
  nslots: number;
  posNames: string[];
  nPosOnly: number;
  hasVararg: boolean;
  kwonly: string[];
  hasKwarg: boolean;
  /** Param slots that are cells (wrap after binding), new cell slots, free slots with their closure index. */
  cellParams: number[];
  cellNew: number[];
  free: [number, number][];
  /** Only positional params, no defaults needed when called with exactly that many args. */
  simple: boolean;
  isLambda: boolean;
}

/**
 * A user-defined function. Invariant: `closure[i]` is the Cell of `code.scope.freeVars[i]`.
 */
export class PyFunction extends PyCallable {
  defaults: PyValue[];
  kwDefaults: Map<string, PyValue> | null;
  /** Set when the function is defined in a class body (zero-argument super()). */
  defClass: PyType | null = null;
  name: string;
  qualname: string;
  module: string;
  constructor(
    public code: FnCode,
    public globals: Map<string, PyValue>,
    public closure: Cell[],
    defaults: PyValue[],
    kwDefaults: Map<string, PyValue> | null
  ) {
    super(T.function);
    this.defaults = defaults;
    this.kwDefaults = kwDefaults;
    this.name = code.name;
    this.qualname = code.qualname;
    this.module = (globals.get('__name__') as string | undefined) ?? '__main__';
  }

  invoke(args: PyValue[], kw: KwArgs): PyValue {
    const c = this.code;
    const f = new Frame(c, this.globals, null, c.nslots);
    f.fn = this;
    if (kw === null && c.simple && args.length === c.posNames.length) {
      for (let i = 0; i < args.length; i++) f.l[i] = args[i];
    } else bindArgs(this, f, args, kw);
    if (c.cellParams.length || c.cellNew.length || c.free.length) setupCells(f, this);
    if (c.kind === 'sync') return runSync(c, f);
    return makeSuspendable(this, f);
  }
}

declare module './frame' {
  interface Frame {
    fn?: PyFunction;
  }
}

export function setupCells(f: Frame, fn: { code: FnCode; closure: Cell[] }): void {
  const c = fn.code;
  for (const s of c.cellParams) f.l[s] = new Cell(f.l[s] as PyValue | undefined);
  for (const s of c.cellNew) f.l[s] = new Cell();
  for (const [s, i] of c.free) f.l[s] = fn.closure[i];
}

export function recursionError(): PyException {
  return err(E.RecursionError, 'maximum recursion depth exceeded');
}

function runSync(c: FnCode, f: Frame): PyValue {
  const back = state.frame;
  f.back = back;
  const depth = (f.depth = back ? back.depth + 1 : 1);
  if (depth > RECURSION_LIMIT) throw recursionError();
  if (++state.steps > state.stepBudget) overBudget();
  state.frame = f;
  try {
    c.body!(f);
    return f.ret;
  } catch (e) {
    if (e instanceof RangeError) throw recursionError();
    throw e;
  } finally {
    state.frame = back;
  }
}

/** Binds call arguments to parameter slots with CPython's error messages. */
export function bindArgs(fn: PyFunction, f: Frame, args: PyValue[], kw: KwArgs): void {
  const c = fn.code;
  const np = c.posNames.length;
  const n = args.length;
  const name = c.qualname;
  if (n > np && !c.hasVararg) {
    const nd = fn.defaults.length;
    const kwGiven = kw ? [...kw.keys()].filter((k) => c.kwonly.includes(k)).length : 0;
    const takes = nd ? `from ${np - nd} to ${np}` : `${np}`;
    const plural = np === 1 && !nd ? 'argument' : 'arguments';
    const extra = kwGiven
      ? ` positional argument${n === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'}) were given`
      : ` ${n === 1 ? 'was' : 'were'} given`;
    throw typeError(`${name}() takes ${takes} positional ${plural} but ${n}${extra}`);
  }
  const m = Math.min(n, np);
  for (let i = 0; i < m; i++) f.l[i] = args[i];
  let slot = np;
  if (c.hasVararg) f.l[slot++] = new PyTuple(n > np ? args.slice(np) : []);
  const kwStart = slot;
  let kwDict = null as ReturnType<typeof newDict> | null;
  if (c.hasKwarg) kwDict = newDict();
  if (kw) {
    for (const [k, v] of kw) {
      const pi = c.posNames.indexOf(k);
      if (pi >= c.nPosOnly) {
        if (f.l[pi] !== undefined) throw typeError(`${name}() got multiple values for argument '${k}'`);
        f.l[pi] = v;
        continue;
      }
      const ki = c.kwonly.indexOf(k);
      if (ki >= 0) {
        f.l[kwStart + ki] = v;
        continue;
      }
      if (kwDict) {
        dictSet(kwDict, k, v);
        continue;
      }
      if (pi >= 0) {
        throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${k}'`);
      }
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
  }
  // defaults for missing positionals
  const nd = fn.defaults.length;
  const missing: string[] = [];
  for (let i = n; i < np; i++) {
    if (f.l[i] !== undefined) continue;
    const di = i - (np - nd);
    if (di >= 0) f.l[i] = fn.defaults[di];
    else missing.push(c.posNames[i]!);
  }
  if (missing.length) throw missingArgs(name, missing, 'positional');
  const missingKw: string[] = [];
  for (let i = 0; i < c.kwonly.length; i++) {
    const s = kwStart + i;
    if (f.l[s] !== undefined) continue;
    const d = fn.kwDefaults?.get(c.kwonly[i]!);
    if (d !== undefined) f.l[s] = d;
    else missingKw.push(c.kwonly[i]!);
  }
  if (missingKw.length) throw missingArgs(name, missingKw, 'keyword-only');
  if (kwDict) f.l[kwStart + c.kwonly.length] = kwDict;
}

function missingArgs(name: string, names: string[], what: string): PyException {
  const q = names.map((x) => `'${x}'`);
  const list =
    q.length === 1
      ? q[0]
      : q.length === 2
        ? `${q[0]} and ${q[1]}`
        : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  return typeError(
    `${name}() missing ${names.length} required ${what} argument${names.length === 1 ? '' : 's'}: ${list}`
  );
}

// ------------------------------------------------------------------------------------------------ suspendables

/**
 * Drives a compiled generator body with frame bookkeeping: on every resume the frame becomes the innermost one
 * (linked to whoever resumed it), and on every suspend the previous frame is restored. Its return value is the
 * function's return value (frame.ret).
 */
export class FrameGen implements Generator<unknown, PyValue, unknown> {
  /** Where this coroutine is suspended: its innermost awaiting frame (null before its first suspension). */
  parked: Frame | null = null;
  constructor(
    private readonly inner: Generator<unknown, number, unknown>,
    readonly f: Frame,
    /** Coroutines and async generators suspend to the loop; plain generators only yield to their caller. */
    private readonly suspendsToLoop = false
  ) {}
  next(v?: unknown): IteratorResult<unknown, PyValue> {
    return this.step(0, v);
  }
  throw(e: unknown): IteratorResult<unknown, PyValue> {
    return this.step(1, e);
  }
  return(v?: unknown): IteratorResult<unknown, PyValue> {
    return this.step(2, v);
  }
  private step(mode: number, v: unknown): IteratorResult<unknown, PyValue> {
    const back = state.frame;
    const f = this.f;
    f.back = back;
    const depth = (f.depth = (back ? back.depth : state.taskBaseDepth) + 1);
    // CPython counts a resumed coroutine's frame like a call: `await` recursion stops at the recursion limit, not
    // at whatever depth the JS stack happens to overflow (which changes with every change to the interpreter)
    if (depth > RECURSION_LIMIT) throw recursionError();
    state.frame = f;
    if (this.suspendsToLoop) state.yieldFrame = null;
    try {
      const r = mode === 0 ? this.inner.next(v) : mode === 1 ? this.inner.throw(v) : this.inner.return(v as number);
      if (r.done) return { done: true, value: f.ret };
      if (this.suspendsToLoop) {
        // The innermost coroutine frame sees the suspension first; outer ones keep what it recorded.
        if (state.yieldFrame === null) state.yieldFrame = f;
        this.parked = state.yieldFrame;
      }
      return r;
    } catch (e) {
      if (e instanceof RangeError) throw recursionError();
      throw e;
    } finally {
      state.frame = back;
    }
  }
  [Symbol.iterator](): Generator<unknown, PyValue, unknown> {
    return this;
  }
}

/** Hook set by the asyncio binding: wraps a coroutine body into a Python coroutine object. */
export const suspendHooks = {
  makeCoroutine: null as unknown as (fn: PyFunction, body: FrameGen) => PyValue,
  makeAsyncGen: null as unknown as (fn: PyFunction, body: FrameGen) => PyValue
};

function makeSuspendable(fn: PyFunction, f: Frame): PyValue {
  const body = new FrameGen(fn.code.bodyG!(f), f, fn.code.kind !== 'gen');
  switch (fn.code.kind) {
    case 'gen':
      return new PyGenerator(body, fn.name, fn.qualname);
    case 'coro':
      return suspendHooks.makeCoroutine(fn, body);
    default:
      return suspendHooks.makeAsyncGen(fn, body);
  }
}

/** A Python generator object. */
export class PyGenerator extends PyIter {
  finished = false;
  running = false;
  started = false;
  /** The value of the last `return` (StopIteration.value). */
  returnValue: PyValue = null;
  constructor(
    readonly body: FrameGen,
    readonly name: string,
    readonly qualname: string
  ) {
    super(T.generator);
  }
  next(): PyValue | typeof STOP {
    return this.resume(0, null);
  }
  resume(mode: 0 | 1 | 2, v: unknown): PyValue | typeof STOP {
    if (this.finished) {
      if (mode === 1) throw v;
      return STOP;
    }
    if (this.running) throw err(E.ValueError, 'generator already executing');
    this.running = true;
    this.started = true;
    try {
      const r = mode === 0 ? this.body.next(v) : mode === 1 ? this.body.throw(v) : this.body.return(v as PyValue);
      if (r.done) {
        this.finished = true;
        this.returnValue = r.value as PyValue;
        return STOP;
      }
      return r.value as PyValue;
    } catch (e) {
      this.finished = true;
      if (e instanceof PyException && e.cls.isSubtypeOf(E.StopIteration)) {
        const re = err(E.RuntimeError, 'generator raised StopIteration');
        re.cause = e;
        re.suppressContext = true;
        re.context = e;
        throw re;
      }
      throw e;
    } finally {
      this.running = false;
    }
  }
  send(v: PyValue): PyValue {
    if (!this.started && v !== null) throw typeError("can't send non-None value to a just-started generator");
    const r = this.resume(0, v);
    if (r === STOP) throw stopIteration(this.returnValue);
    return r;
  }
  throwIn(e: PyValue): PyValue {
    const r = this.resume(1, e);
    if (r === STOP) throw stopIteration(this.returnValue);
    return r;
  }
  /** close(): throw GeneratorExit in, so `finally`/`except GeneratorExit` run as in CPython. */
  close(): void {
    if (this.finished || !this.started) {
      this.finished = true;
      return;
    }
    let r: PyValue | typeof STOP;
    try {
      r = this.resume(1, err(E.GeneratorExit));
    } catch (e) {
      if (e instanceof PyException && (e.cls.isSubtypeOf(E.GeneratorExit) || e.cls.isSubtypeOf(E.StopIteration)))
        return;
      throw e;
    }
    if (r !== STOP) throw err(E.RuntimeError, 'generator ignored GeneratorExit');
  }
}

export function stopIteration(v: PyValue): PyException {
  const e = new PyException(E.StopIteration, v === null ? [] : [v]);
  return e;
}

/** Marker an async generator body yields for a Python-level `yield v` (engine awaits yield futures/null). */
export class AgenYield {
  constructor(readonly value: PyValue) {}
}

export function isPyObject(v: unknown): v is PyObject {
  return v instanceof PyObject;
}
