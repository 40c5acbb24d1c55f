/**
 * Types and run-time helpers shared by the compiler layers (the closures they build call these).
 */
import type { Expr, Span, Stmt } from '../../ast';
// the builtin types first: type(name, bases, dict) below wraps the one-argument type() that core-types installs
import '../../runtime/builtins';
import { E, err, typeError } from '../../runtime/exceptions';
import {
  Cell,
  Ellipsis,
  PyBytes,
  PyCallable,
  PyDict,
  PyException,
  PyList,
  PyModule,
  PyNative,
  PyObject,
  PySet,
  PySuper,
  PyTuple,
  PyType,
  registerType,
  STOP,
  T,
  typeOf,
  type PyValue
} from '../../runtime/objects';
import { call, dictSet, getAttr, getItem, getIter, isStr, iterToArray, newDict, typeName } from '../../runtime/ops';
import { Frame, state } from '../frame';
import { PyFunction, type Ev, type EvG, type Ex, type ExG, type FnCode } from '../function';
import { noteExc } from '../traceback';
import { importModule, unsupported } from '../hooks';

export type Setter = (f: Frame, v: PyValue) => void;
/**
 * An await statement blockG runs inline: the operand, the Await node (tracebacks), the targets (null: `await x`),
 * and whether it is `return await x` (the result becomes the frame's return value).
 */
export type InlineAwait = { ev: Ev; node: Expr; sets: Setter[] | null; ret: boolean };
/** The head of a loop whose body blockG runs in its own generator: `while` with a sync test, or a sync `for`. */
export type LoopHead =
  | { kind: 'while'; line: number; test: Ev; iter: null; iterNode: null; set: null }
  | { kind: 'for'; line: number; test: null; iter: EvG; iterNode: Expr; set: Setter };
/** One statement of a generator-mode block: sync closure, generator, or inline await (exactly one is set). */
export type BlockItem = { s: Ex | null; g: ExG | null; a: InlineAwait | null };
export type Suspendable<T> =
  { s: (f: Frame) => T; g: null } | { s: null; g: (f: Frame) => Generator<unknown, T, unknown> };

export const NONE_EXC = Symbol('none');

export function nameError(name: string): PyException {
  const e = err(E.NameError, `name '${name}' is not defined`);
  e.dict = new Map<string, PyValue>([['name', name]]);
  return e;
}
export function unboundLocal(name: string): PyException {
  return err(E.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}
export function unboundFree(name: string): PyException {
  return err(
    E.NameError,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`
  );
}

export function constValue(e: Expr & { type: 'Constant' }): PyValue {
  const v = e.value;
  switch (v.kind) {
    case 'int':
      return v.value;
    case 'float':
      return v.value;
    case 'str':
      return v.value;
    case 'bool':
      return v.value;
    case 'None':
      return null;
    case 'bytes':
      return new PyBytes(v.value);
    case 'Ellipsis':
      return Ellipsis;
    case 'complex':
      throw unsupported('complex numbers', e);
  }
}

/** The docstring of a body (first statement a string literal), else undefined. */
export function docstring(body: Stmt[]): string | undefined {
  const b = body[0];
  if (b && b.type === 'Expr' && b.value.type === 'Constant' && b.value.value.kind === 'str') return b.value.value.value;
  return undefined;
}

export function setupCompCells(cf: Frame, code: FnCode, closure: Cell[]): void {
  for (const s of code.cellParams) cf.l[s] = new Cell(cf.l[s] as PyValue | undefined);
  for (const s of code.cellNew) cf.l[s] = new Cell();
  for (const [s, i] of code.free) cf.l[s] = closure[i];
}

export function getIterNoted(v: PyValue, f: Frame, n: Span): ReturnType<typeof getIter> {
  try {
    return getIter(v);
  } catch (e) {
    throw noteExc(e, f, n);
  }
}

export function isIterable(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (!(v instanceof PyObject)) return false;
  return (
    v instanceof PyList ||
    v instanceof PyTuple ||
    v instanceof PyDict ||
    v instanceof PySet ||
    typeOf(v).lookup('__iter__') !== undefined ||
    typeOf(v).lookup('__getitem__') !== undefined ||
    'next' in v
  );
}

export function unpackN(v: PyValue, n: number): PyValue[] {
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = it.next(); x !== STOP; x = it.next()) {
    out.push(x);
    if (out.length > n) break;
  }
  return out;
}

export function isOp(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  return a === b;
}

/** A method found on the type that can be called with self prepended (no bound-method allocation). */
export function methodLookup(o: PyValue, name: string): PyCallable | undefined {
  if (o instanceof PyType || o instanceof PyModule || o instanceof PySuper) return undefined;
  const m = typeOf(o).lookup(name);
  if (m instanceof PyFunction || (m instanceof PyNative && m.owner !== null)) {
    if (o instanceof PyObject && o.dict !== null && o.dict.has(name)) return undefined;
    return m;
  }
  return undefined;
}

export function mergeMapping(d: PyDict, m: PyValue): void {
  if (m instanceof PyDict) {
    for (const e of m.map.values()) dictSet(d, e.k, e.v);
    return;
  }
  const keys = getAttrOptional(m, 'keys');
  if (keys === undefined) throw typeError(`'${typeName(m)}' object is not a mapping`);
  for (const k of iterToArray(call(keys, []))) dictSet(d, k, getItem(m, k));
}

export function getAttrOptional(o: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(o, name);
  } catch {
    return undefined;
  }
}

export function mergeKwargs(kw: Map<string, PyValue>, m: PyValue): void {
  if (!(m instanceof PyDict)) {
    const d = new PyDict();
    mergeMapping(d, m);
    m = d;
  }
  for (const e of (m as PyDict).map.values()) {
    if (!isStr(e.k)) throw typeError('keywords must be strings');
    if (kw.has(e.k)) throw typeError(`got multiple values for keyword argument '${e.k}'`);
    kw.set(e.k, e.v);
  }
}

export function annotate(f: Frame, name: string, value: PyValue): void {
  const ns = f.ns!;
  let ann = ns.get('__annotations__');
  if (!(ann instanceof PyDict)) {
    ann = newDict();
    ns.set('__annotations__', ann);
  }
  dictSet(ann as PyDict, name, value);
}

/** `raise X` accepts a class (instantiated with no args) or an instance. */
export function makeException(v: PyValue): PyException {
  if (v instanceof PyException) return v;
  if (v instanceof PyType && v.isSubtypeOf(E.BaseException)) {
    const x = call(v, []);
    if (x instanceof PyException) return x;
  }
  throw typeError('exceptions must derive from BaseException');
}

/** type(name, bases, ns) for a class statement. */
export function makeClass(
  name: string,
  qualname: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  module: string
): PyType {
  const bs: PyType[] = [];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError('bases must be types');
    bs.push(b);
  }
  if (bs.length === 0) bs.push(T.object);
  let layout = bs[0]!.layout;
  for (const b of bs) if (b.layout !== 'object') layout = b.layout;
  let cls: PyType;
  try {
    cls = new PyType(T.type, name, bs, layout, false, module);
  } catch {
    throw typeError('Cannot create a consistent method resolution order (MRO)');
  }
  cls.qualname = qualname;
  for (const [k, v] of ns) {
    if (k === '__qualname__') continue;
    cls.dict.set(k, v);
    if (v instanceof PyFunction) v.defClass = cls;
    else if (v instanceof PyObject && 'func' in v && (v as { func: PyValue }).func instanceof PyFunction) {
      ((v as { func: PyValue }).func as PyFunction).defClass = cls;
    }
  }
  // __eq__ without __hash__ makes instances unhashable (CPython sets __hash__ = None)
  if (ns.has('__eq__') && !ns.has('__hash__')) cls.dict.set('__hash__', null);
  registerType(cls);
  // descriptors learn their attribute name (PEP 487)
  for (const [k, v] of ns) {
    if (v instanceof PyObject && !v.cls.builtin && !(v instanceof PyType)) {
      const sn = v.cls.lookup('__set_name__');
      if (sn !== undefined && sn !== null) call(sn, [v, cls, k]);
    }
  }
  // __init_subclass__ of the parent (super(cls)), never the one the new class itself defines
  let init: PyValue | undefined;
  for (const b of cls.mro.slice(1)) {
    init = b.dict.get('__init_subclass__');
    if (init !== undefined) break;
  }
  if (init !== undefined && !(init instanceof PyNative)) {
    const fn = (init as { func?: PyValue }).func ?? init;
    call(fn, [cls]);
  }
  return cls;
}

/** type(name, bases, dict): builds a class like a class statement would (namedtuple-style factories use it). */
export const typeOneArg = T.type.ctor!;
T.type.ctor = (cls, args, kw) => {
  if (args.length !== 3) return typeOneArg(cls, args, kw);
  const [name, bases, d] = args;
  if (typeof name !== 'string') throw typeError(`type.__new__() argument 1 must be str, not ${typeName(name!)}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases!)}`);
  if (!(d instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(d!)}`);
  const ns = new Map<string, PyValue>();
  for (const e of d.map.values()) if (typeof e.k === 'string') ns.set(e.k, e.v);
  // the caller's module (as namedtuple does with sys._getframe): skip frames of embedded stdlib modules
  let fr = state.frame;
  while (fr?.back && fr.code.filename.startsWith('<aioscope:')) fr = fr.back;
  const mod = fr?.g.get('__name__');
  return makeClass(name, name, bases.items, ns, typeof mod === 'string' ? mod : '__main__');
};

export function tryImportSub(mod: string, name: string, node: Span): PyValue | undefined {
  try {
    return importModule(`${mod}.${name}`, node, true);
  } catch {
    return undefined;
  }
}

export function moduleFile(m: PyModule): string {
  return m.name === '__main__' ? 'unknown location' : `${m.name}`;
}
