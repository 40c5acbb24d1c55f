/**
 * The Python object model: how every Python value is represented in JS.
 *
 * Representation (chosen for speed: the common values are JS primitives, no boxing):
 *   int   → bigint          float → number        bool → boolean
 *   str   → string          None  → null
 *   everything else → an instance of PyObject (subclasses below), whose `cls` is its Python type.
 *
 * Invariants:
 *  - `typeOf(v)` is total: every PyValue has exactly one Python type;
 *  - a PyType's `mro` starts with itself and ends with `object`; it is computed once at class creation (C3);
 *  - instance attributes live in `dict` (created lazily); class attributes live in the PyType's `dict`;
 *  - `undefined` is never a Python value: the interpreter uses it for "unbound" local slots only.
 */

import { state } from './py-runtime';

export type PyValue = bigint | number | boolean | string | null | PyObject;

export class PyObject {
  // `declare` + assignments in the constructor instead of class fields: a field initializer is one function shared
  // by every subclass, and its define-property sites go megamorphic (a runtime call per object); plain stores stay fast.
  declare cls: PyType;
  /** Instance attributes (__dict__), created on first write. */
  declare dict: Map<string, PyValue> | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** The kind of native storage instances of a type (and of its subclasses) need. */
export type Layout = 'object' | 'exception' | 'list' | 'dict' | 'tuple' | 'set' | 'int' | 'str' | 'float' | 'native';

export type NativeFn = (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue;

/**
 * A Python type (class object). Built-in types and user classes are both PyTypes.
 * Invariant: `dict` holds the class namespace; `mro[0] === this`.
 */
export class PyType extends PyObject {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  layout: Layout;
  /** Class namespace (methods, class attributes). */
  declare dict: Map<string, PyValue>;
  /** True for types written in JS (their attributes cannot be set from Python). */
  builtin: boolean;
  /** Native constructor (type.__call__ for builtin types): receives the type actually being instantiated. */
  ctor: ((cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null) => PyValue) | null = null;
  /** Bumped whenever the namespace of this type or of a base changes: invalidates lookup caches. */
  cache: Map<string, PyValue | undefined> = new Map();

  constructor(
    meta: PyType | null,
    name: string,
    bases: PyType[],
    layout: Layout,
    builtin: boolean,
    module = 'builtins'
  ) {
    super(meta as PyType);
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    this.layout = layout;
    this.builtin = builtin;
    this.dict = new Map();
    this.mro = computeMro(this, bases);
  }

  /** Attribute lookup along the MRO (no descriptors). `undefined` = not found. */
  lookup(name: string): PyValue | undefined {
    const c = this.cache.get(name);
    if (c !== undefined || this.cache.has(name)) return c;
    let found: PyValue | undefined;
    for (const t of this.mro) {
      const v = t.dict.get(name);
      if (v !== undefined) {
        found = v;
        break;
      }
    }
    this.cache.set(name, found);
    return found;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** Flushes the lookup caches of the run's user classes when a class namespace changes (subclasses see base
 * attributes; builtin types never change, so their caches stay). */
export function invalidateCaches(): void {
  for (const t of state.userTypes) if (t.cache.size) t.cache.clear();
}
export function registerType(t: PyType): void {
  if (!t.builtin) state.userTypes.push(t);
}

function computeMro(t: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 0) return [t];
  if (bases.length === 1) return [t, ...bases[0]!.mro];
  // C3 linearisation.
  const seqs = [...bases.map((b) => [...b.mro]), [...bases]];
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) throw new MroError();
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
export class MroError extends Error {}

/** A closure cell (a variable shared between a function and the functions nested in it). */
export class Cell {
  v: PyValue | undefined;
  constructor(v?: PyValue) {
    this.v = v;
  }
}

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[], cls: PyType = T.list) {
    super(cls);
    this.items = items;
  }
}

export class PyTuple extends PyObject {
  readonly items: PyValue[];
  constructor(items: PyValue[], cls: PyType = T.tuple) {
    super(cls);
    this.items = items;
  }
}

/** Entry of a dict: the original key object (dict keys keep the first key inserted) and the value. */
export interface DictEntry {
  k: PyValue;
  v: PyValue;
}

/**
 * dict: a JS Map from a normalised key (see runtime/hash.ts keyOf) to the entry. JS Maps keep insertion order,
 * re-setting an existing key keeps its position and delete+insert moves it to the end — exactly Python's dict order.
 * `version` counts size changes so iterators can raise "dictionary changed size during iteration".
 */
export class PyDict extends PyObject {
  map: Map<unknown, DictEntry> = new Map();
  constructor(cls: PyType = T.dict) {
    super(cls);
  }
}

/** set / frozenset: normalised key → element. Iteration uses the CPython table order (runtime/set-order.ts). */
export class PySet extends PyObject {
  map: Map<unknown, PyValue> = new Map();
  constructor(cls: PyType = T.set) {
    super(cls);
  }
}

export type KwArgs = Map<string, PyValue> | null;

/** Anything callable without a `__call__` lookup: functions, natives, bound methods, types. */
export abstract class PyCallable extends PyObject {
  abstract invoke(args: PyValue[], kw: KwArgs): PyValue;
}

/** A function written in JS (builtins, methods of built-in types). For methods, args[0] is self. */
export class PyNative extends PyCallable {
  name: string;
  qualname: string;
  fn: NativeFn;
  /** For methods of builtin types: the type that defines it (for repr "<method 'x' of 'list' objects>"). */
  owner: PyType | null;
  /** The bound self for builtin methods bound to an instance (`[].append`). */
  constructor(name: string, fn: NativeFn, owner: PyType | null = null, cls: PyType = T.builtin_function_or_method) {
    super(cls);
    this.name = name;
    this.qualname = owner ? `${owner.name}.${name}` : name;
    this.fn = fn;
    this.owner = owner;
  }
  invoke(args: PyValue[], kw: KwArgs): PyValue {
    return this.fn(args, kw);
  }
}

/** staticmethod / classmethod / property wrappers. */
export class PyWrapper extends PyObject {
  func: PyValue;
  fset: PyValue = null;
  fdel: PyValue = null;
  constructor(cls: PyType, func: PyValue) {
    super(cls);
    this.func = func;
  }
}

/** super(): attribute lookup starts after `thisType` in the MRO of self's type. */
export class PySuper extends PyObject {
  constructor(
    public thisType: PyType,
    public self: PyValue
  ) {
    super(T.super);
  }
}

/** A traceback entry (one line of "File ..., line N, in name"), linked innermost-last like tb_next. */
export interface TbEntry {
  file: string;
  name: string;
  line: number;
  /** Span of the failing instruction (for CPython 3.11+ carets), or null. */
  col: number;
  endLine: number;
  endCol: number;
  /** Identity of the frame that added it (to avoid adding twice while unwinding one frame). */
  frame: unknown;
  /** Source line text override (asyncio internal frames); null = read from the user's source. */
  text: string | null;
  /** Caret line override for internal frames ('' = none). */
  carets: string | null;
}

/** An instance of BaseException or a subclass. */
export class PyException extends PyObject {
  args: PyTuple;
  /** Traceback entries, outermost first (the order CPython prints). */
  tb: TbEntry[] = [];
  cause: PyValue = null;
  context: PyValue = null;
  suppressContext = false;
  notes: PyValue[] | null = null;
  /** For StopIteration: value. For ExceptionGroup: exceptions tuple. Other per-class state goes in dict. */
  constructor(cls: PyType, args: PyValue[]) {
    super(cls);
    this.args = new PyTuple(args);
  }
}

/** A module object. Its namespace is the globals Map of its code. */
export class PyModule extends PyObject {
  name: string;
  declare dict: Map<string, PyValue>;
  constructor(name: string, ns?: Map<string, PyValue>) {
    super(T.module);
    this.name = name;
    this.dict = ns ?? new Map();
  }
}

/** A slice object. */
export class PySlice extends PyObject {
  constructor(
    public start: PyValue,
    public stop: PyValue,
    public step: PyValue
  ) {
    super(T.slice);
  }
}

/** range(start, stop, step) with bigint bounds. */
export class PyRange extends PyObject {
  constructor(
    public start: bigint,
    public stop: bigint,
    public step: bigint
  ) {
    super(T.range);
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
}

/** bytes (immutable). */
export class PyBytes extends PyObject {
  constructor(public data: Uint8Array) {
    super(T.bytes);
  }
}

/**
 * A Python iterator implemented in JS. `next()` returns the next value or STOP.
 * Invariant: once STOP is returned, every later call returns STOP.
 */
export abstract class PyIter extends PyObject {
  abstract next(): PyValue | typeof STOP;
}
export const STOP: unique symbol = Symbol('StopIteration');

export class PyJsIter extends PyIter {
  private it: Iterator<PyValue> | null;
  constructor(it: Iterator<PyValue>, cls: PyType) {
    super(cls);
    this.it = it;
  }
  next(): PyValue | typeof STOP {
    if (!this.it) return STOP;
    const r = this.it.next();
    if (r.done) {
      this.it = null;
      return STOP;
    }
    return r.value;
  }
}

// ---------------------------------------------------------------------------------------------- built-in types

function mk(name: string, bases: PyType[], layout: Layout = 'object'): PyType {
  return new PyType(null, name, bases, layout, true);
}

const objectT = mk('object', []);
const typeT = mk('type', [objectT]);
objectT.cls = typeT;
typeT.cls = typeT;

function bt(name: string, layout: Layout = 'native', base: PyType = objectT): PyType {
  const t = mk(name, [base], layout);
  t.cls = typeT;
  return t;
}

const intT = bt('int', 'int');

/** The built-in types, by Python name. */
export const T = {
  object: objectT,
  type: typeT,
  int: intT,
  bool: bt('bool', 'int', intT),
  float: bt('float', 'float'),
  str: bt('str', 'str'),
  NoneType: bt('NoneType'),
  list: bt('list', 'list'),
  tuple: bt('tuple', 'tuple'),
  dict: bt('dict', 'dict'),
  set: bt('set', 'set'),
  frozenset: bt('frozenset', 'set'),
  bytes: bt('bytes'),
  slice: bt('slice'),
  range: bt('range'),
  function: bt('function'),
  builtin_function_or_method: bt('builtin_function_or_method'),
  method: bt('method'),
  staticmethod: bt('staticmethod'),
  classmethod: bt('classmethod'),
  property: bt('property'),
  module: bt('module'),
  cell: bt('cell'),
  generator: bt('generator'),
  coroutine: bt('coroutine'),
  async_generator: bt('async_generator'),
  list_iterator: bt('list_iterator'),
  list_reverseiterator: bt('list_reverseiterator'),
  tuple_iterator: bt('tuple_iterator'),
  str_ascii_iterator: bt('str_ascii_iterator'),
  dict_keyiterator: bt('dict_keyiterator'),
  dict_valueiterator: bt('dict_valueiterator'),
  dict_itemiterator: bt('dict_itemiterator'),
  set_iterator: bt('set_iterator'),
  range_iterator: bt('range_iterator'),
  iterator: bt('iterator'),
  enumerate: bt('enumerate'),
  zip: bt('zip'),
  map: bt('map'),
  filter: bt('filter'),
  reversed: bt('reversed'),
  dict_keys: bt('dict_keys'),
  dict_values: bt('dict_values'),
  dict_items: bt('dict_items'),
  super: bt('super'),
  NotImplementedType: bt('NotImplementedType'),
  ellipsis: bt('ellipsis')
};
T.object.layout = 'object';

/** Singletons that are objects in Python but have no natural JS primitive. */
export const NotImplemented = new PyObject(T.NotImplementedType);
export const Ellipsis = new PyObject(T.ellipsis);

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'bigint':
      return T.int;
    case 'number':
      return T.float;
    case 'string':
      return T.str;
    case 'boolean':
      return T.bool;
    default:
      return v === null ? T.NoneType : v.cls;
  }
}

export function isInstance(v: PyValue, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}

export const True = true;
export const False = false;
export const None = null;
