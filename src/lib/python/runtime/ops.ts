/**
 * The generic operations of the object model (what CPython's abstract.c / object.c do): truthiness, repr/str,
 * equality and ordering, hashing (dict keys), arithmetic dispatch, attribute access, calls, iteration, subscripts.
 * Fast paths for JS primitives come first; user classes go through their dunder methods.
 */
import { floatRepr } from '../format/float-repr';
import { strRepr } from '../format/str-repr';
import { state } from './py-runtime';
import { setItems } from './set-order';
import { attributeError, E, err, indexError, keyError, typeError, valueError } from './exceptions';
import {
  checkCount,
  bulkWork,
  checkStr,
  entryAdded,
  grew,
  itemBytes,
  memoryError,
  overBudget,
  refBytes,
  repeatBytes
} from './memory';
import {
  cmpIntFloat,
  floatFloorDiv,
  floatMod,
  floatPow,
  floatTrueDiv,
  intFloorDiv,
  intMod,
  intPow,
  intToFloat,
  intTrueDiv,
  hashInt,
  hashFloat,
  intToStr
} from './numeric';
import {
  invalidateCaches,
  NotImplemented,
  PyBytes,
  PyCallable,
  PyDict,
  PyException,
  PyIter,
  PyList,
  PyModule,
  PyNative,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PySuper,
  PyTuple,
  PyType,
  PyWrapper,
  STOP,
  T,
  typeOf,
  type KwArgs,
  type PyValue
} from './objects';

// ------------------------------------------------------------------------------------------------ helpers

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

export function isStr(v: PyValue): v is string {
  return typeof v === 'string';
}

/** An int-like value (int or bool) as bigint, or null. */
export function asBigInt(v: PyValue): bigint | null {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return null;
}

/** operator.index(v): int/bool or an object with __index__. */
export function toIndex(v: PyValue, what?: string): bigint {
  const b = asBigInt(v);
  if (b !== null) return b;
  if (v instanceof PyObject) {
    const m = v.cls.lookup('__index__');
    if (m !== undefined) {
      const r = call(m, [v]);
      if (typeof r === 'bigint') return r;
    }
  }
  throw typeError(what ?? `'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function toInt(v: PyValue): number {
  return Number(toIndex(v));
}

/** A numeric value as a JS number (for float arithmetic), or null when not int/float/bool. */
export function asFloat(v: PyValue): number | null {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return intToFloat(v);
    case 'boolean':
      return v ? 1 : 0;
  }
  return null;
}

// ------------------------------------------------------------------------------------------------ truthiness

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v === null) return false;
  if (v.cls.builtin) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
    if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
    if (v instanceof PyRange) return v.length > 0n;
  }
  const b = v.cls.lookup('__bool__');
  if (b !== undefined && b !== null) {
    const r = call(b, [v]);
    if (typeof r !== 'boolean') throw typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    return r;
  }
  const l = v.cls.lookup('__len__');
  if (l !== undefined && l !== null) return toIndex(call(l, [v])) > 0n;
  return true;
}

// ------------------------------------------------------------------------------------------------ repr / str

/** Fake but stable "addresses" for default reprs and id(), numbered per run in order of first use. */
export function objectId(v: PyObject): number {
  const rt = state;
  let id = rt.ids.get(v);
  if (id === undefined) {
    id = rt.nextId++;
    rt.ids.set(v, id);
  }
  return id;
}
export function addressOf(v: PyObject): string {
  return '0x' + (0x7f0000000000 + objectId(v) * 0x40).toString(16).padStart(12, '0');
}

export function reprType(t: PyType): string {
  return t.module === 'builtins' ? `<class '${t.qualname}'>` : `<class '${t.module}.${t.qualname}'>`;
}

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'bigint':
      return intToStr(v); // CPython 3.11+'s 4300-digit limit (ValueError) applies to repr/str/print too
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v.cls.builtin) {
    if (v instanceof PyList) return reprSeq(v, '[', ']');
    if (v instanceof PyTuple) return reprSeq(v, '(', v.items.length === 1 ? ',)' : ')');
    if (v instanceof PyDict) return reprDict(v);
    if (v instanceof PySet) return reprSet(v);
  }
  const m = v.cls.lookup('__repr__');
  if (m !== undefined) {
    const r = call(m, [v]);
    if (typeof r !== 'string') throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
    return r;
  }
  return defaultRepr(v);
}

export function defaultRepr(v: PyObject): string {
  const t = v.cls;
  const name = t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
  return `<${name} object at ${addressOf(v)}>`;
}

function guarded(v: PyObject, empty: string, f: () => string): string {
  const reprActive = state.reprActive;
  if (reprActive.has(v)) return empty;
  reprActive.add(v);
  try {
    return f();
  } finally {
    reprActive.delete(v);
  }
}

export function reprSeq(v: PyList | PyTuple, open: string, close: string): string {
  if (v.items.length === 0) return open + (close === ',)' ? ')' : close);
  return guarded(v, open + '...' + close.slice(-1), () => {
    const parts: string[] = [];
    for (const x of v.items) parts.push(repr(x));
    return open + parts.join(', ') + close;
  });
}

export function reprDict(v: PyDict): string {
  if (v.map.size === 0) return '{}';
  return guarded(v, '{...}', () => {
    const parts: string[] = [];
    for (const e of v.map.values()) parts.push(repr(e.k) + ': ' + repr(e.v));
    return '{' + parts.join(', ') + '}';
  });
}

export function reprSet(v: PySet): string {
  const frozen = v.cls === T.frozenset;
  const name = v.cls.name;
  if (v.map.size === 0) return `${name}()`;
  return guarded(v, `${name}(...)`, () => {
    const parts: string[] = [];
    for (const x of setItems(v)) parts.push(repr(x));
    const body = '{' + parts.join(', ') + '}';
    return frozen || v.cls !== T.set ? `${name}(${body})` : body;
  });
}

export function str(v: PyValue): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return intToStr(v); // CPython 3.11+'s 4300-digit limit (ValueError) applies to repr/str/print too
    case 'number':
      return floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  const m = v.cls.lookup('__str__');
  if (m !== undefined) {
    const r = call(m, [v]);
    if (typeof r !== 'string') throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
    return r;
  }
  return repr(v);
}

// ------------------------------------------------------------------------------------------------ equality / order

export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return typeof a !== 'number' || !Number.isNaN(a);
  switch (typeof a) {
    case 'string':
      return false;
    case 'bigint':
      if (typeof b === 'number') return cmpIntFloat(a, b) === 0;
      if (typeof b === 'boolean') return a === (b ? 1n : 0n);
      if (typeof b === 'bigint' || typeof b === 'string' || b === null) return false;
      break;
    case 'number':
      if (typeof b === 'bigint') return cmpIntFloat(b, a) === 0;
      if (typeof b === 'boolean') return a === (b ? 1 : 0);
      if (typeof b === 'number' || typeof b === 'string' || b === null) return false;
      break;
    case 'boolean':
      if (typeof b === 'bigint') return b === (a ? 1n : 0n);
      if (typeof b === 'number') return b === (a ? 1 : 0);
      if (typeof b === 'boolean' || typeof b === 'string' || b === null) return false;
      break;
  }
  if (a === null && (b === null || !(b instanceof PyObject))) return false;
  const r = richEq(a, b);
  return r;
}

function richEq(a: PyValue, b: PyValue): boolean {
  // user-defined __eq__ first (reflected first when b's type is a subclass of a's)
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (!ta.builtin || !tb.builtin) {
    if (tb !== ta && tb.isSubtypeOf(ta) && !tb.builtin) {
      const r = tryDunder(b, '__eq__', a);
      if (r !== NotImplemented) return truthy(r);
    }
    if (!ta.builtin) {
      const r = tryDunder(a, '__eq__', b);
      if (r !== NotImplemented) return truthy(r);
    }
    if (!tb.builtin) {
      const r = tryDunder(b, '__eq__', a);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  if (a instanceof PyList && b instanceof PyList) return seqEq(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqEq(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) {
      const o = b.map.get(k);
      if (o === undefined || !eq(e.v, o.v)) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (a.map.size !== b.map.size) return false;
    for (const k of a.map.keys()) if (!b.map.has(k)) return false;
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    const la = a.length;
    if (la !== b.length) return false;
    if (la === 0n) return true;
    if (a.start !== b.start) return false;
    return la === 1n || a.step === b.step;
  }
  if (a instanceof PyBoundMethod && b instanceof PyBoundMethod) return a.self === b.self && a.func === b.func;
  if (a instanceof PySlice && b instanceof PySlice)
    return eq(a.start, b.start) && eq(a.stop, b.stop) && eq(a.step, b.step);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    if (a.data.length !== b.data.length) return false;
    for (let i = 0; i < a.data.length; i++) if (a.data[i] !== b.data[i]) return false;
    return true;
  }
  // builtin types with a native __eq__ (e.g. dict views)
  if (a instanceof PyObject && a.cls.builtin) {
    const m = a.cls.lookup('__eq__');
    if (m !== undefined) {
      const r = call(m, [a, b]);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  return false;
}

function seqEq(a: PyValue[], b: PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !eq(x, y)) return false;
  }
  return true;
}

function tryDunder(self: PyValue, name: string, other: PyValue): PyValue {
  const m = typeOf(self).lookup(name);
  if (m === undefined || m === null) return NotImplemented;
  return call(m, [self, other]);
}

const REFLECT: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const DUNDER_CMP: Record<string, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__' };

/** Ordering comparison (<, <=, >, >=) returning a Python value (usually bool). */
export function order(op: '<' | '<=' | '>' | '>=', a: PyValue, b: PyValue): PyValue {
  const c = cmpBuiltin(a, b);
  if (c !== undefined) {
    if (Number.isNaN(c)) return false;
    switch (op) {
      case '<':
        return c < 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '>=':
        return c >= 0;
    }
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const r = tryDunder(b, DUNDER_CMP[REFLECT[op]!]!, a);
    if (r !== NotImplemented) return r;
  }
  let r = tryDunder(a, DUNDER_CMP[op]!, b);
  if (r !== NotImplemented) return r;
  r = tryDunder(b, DUNDER_CMP[REFLECT[op]!]!, a);
  if (r !== NotImplemented) return r;
  if (a instanceof PySet && b instanceof PySet) return setOrder(op, a, b);
  throw typeError(`'${op}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

function setOrder(op: string, a: PySet, b: PySet): boolean {
  const sub = (x: PySet, y: PySet) => [...x.map.keys()].every((k) => y.map.has(k));
  switch (op) {
    case '<=':
      return sub(a, b);
    case '>=':
      return sub(b, a);
    case '<':
      return a.map.size < b.map.size && sub(a, b);
    default:
      return a.map.size > b.map.size && sub(b, a);
  }
}

const ORDER_DUNDERS = ['__lt__', '__le__', '__gt__', '__ge__'];
/** A builtin sequence type, or a subclass (namedtuple...) that defines none of the ordering dunders itself. */
function nativeOrder(t: PyType): boolean {
  if (t.builtin) return true;
  return ORDER_DUNDERS.every((d) => {
    const m = t.lookup(d);
    return m === undefined || m instanceof PyNative;
  });
}

/** Three-way compare for built-in orderable values (-1/0/1, NaN = unordered), undefined when not builtin-comparable. */
function cmpBuiltin(a: PyValue, b: PyValue): number | undefined {
  switch (typeof a) {
    case 'bigint':
      if (typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
      if (typeof b === 'number') return cmpIntFloat(a, b);
      if (typeof b === 'boolean') return cmpBuiltin(a, b ? 1n : 0n);
      return undefined;
    case 'number':
      if (typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
      if (typeof b === 'bigint') return -cmpIntFloat(b, a);
      if (typeof b === 'boolean') return cmpBuiltin(a, b ? 1 : 0);
      return undefined;
    case 'boolean':
      if (typeof b === 'bigint' || typeof b === 'number' || typeof b === 'boolean') return cmpBuiltin(a ? 1n : 0n, b);
      return undefined;
    case 'string':
      if (typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
      return undefined;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (!nativeOrder(a.cls) || !nativeOrder(b.cls)) return undefined;
    const x = a.items;
    const y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (!eq(x[i]!, y[i]!)) {
        return truthy(order('<', x[i]!, y[i]!)) ? -1 : 1;
      }
    }
    return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
  }
  return undefined;
}

/** a < b as a JS boolean (sorting, min/max, heaps). */
export function lt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  return truthy(order('<', a, b));
}

export function compare(op: string, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case '==':
      return eqValue(a, b);
    case '!=':
      return neValue(a, b);
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (typeof a === 'bigint' && typeof b === 'bigint') {
        return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
      }
      return order(op, a, b);
    case 'is':
      return is(a, b);
    case 'is not':
      return !is(a, b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
  }
  throw new Error('bad compare op ' + op);
}

/** `==` returning the user's __eq__ result unchanged (it need not be a bool). */
export function eqValue(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyObject && !a.cls.builtin) {
    const r = tryDunder(a, '__eq__', b);
    if (r !== NotImplemented) return r;
  }
  return eq(a, b);
}
function neValue(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyObject && !a.cls.builtin) {
    const r = tryDunder(a, '__ne__', b);
    if (r !== NotImplemented) return r;
  }
  return !eq(a, b);
}

export function is(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  return a === b;
}

// ------------------------------------------------------------------------------------------------ hashing

/** Interned tokens for composite keys (tuples, frozensets), per run. */
function token(s: string): object {
  const tokens = state.tokens;
  let t = tokens.get(s);
  if (t === undefined) {
    t = { key: s };
    tokens.set(s, t);
  }
  return t;
}

/**
 * The JS Map key for a Python dict key / set element: equal Python values (1 == 1.0 == True) map to the same key.
 * Throws TypeError for unhashable values.
 */
/** Where a key is used, for 3.14's "cannot use 'list' as a dict key (unhashable type: 'list')". */
export type KeyUse = 'dict key' | 'set element';

function unhashable(t: PyType, use?: KeyUse): PyException {
  const base = `unhashable type: '${t.name}'`;
  return typeError(use && state.features.rewordedMessages ? `cannot use '${t.name}' as a ${use} (${base})` : base);
}

export function keyOf(v: PyValue, use?: KeyUse): unknown {
  switch (typeof v) {
    case 'string':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return Number.isInteger(v) ? BigInt(v) : v;
  }
  if (v === null) return null;
  const t = v.cls;
  if (t.builtin) {
    if (v instanceof PyTuple) return token('t' + v.items.map(keyString).join(','));
    if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && t !== T.frozenset)) {
      throw unhashable(t, use);
    }
    if (v instanceof PySet) return token('f' + [...v.map.keys()].map(keyStringOfKey).sort().join(','));
    return v;
  }
  const h = t.lookup('__hash__');
  if (h === null) throw unhashable(t, use);
  if (h === undefined || h instanceof PyNative) {
    const e = t.lookup('__eq__');
    if (e !== undefined && !(e instanceof PyNative)) throw unhashable(t, use);
    if (v instanceof PyTuple) return token('t' + v.items.map(keyString).join(','));
    return v;
  }
  const hv = String(toIndex(call(h, [v])));
  const userKeys = state.userKeys;
  let list = userKeys.get(hv);
  if (!list) {
    list = [];
    userKeys.set(hv, list);
  }
  for (const [rep, tok] of list) if (rep === v || eq(rep, v)) return tok;
  const tok = { userHash: hv };
  list.push([v, tok]);
  return tok;
}

function keyString(v: PyValue): string {
  return keyStringOfKey(keyOf(v));
}
function keyStringOfKey(k: unknown): string {
  switch (typeof k) {
    case 'string':
      return JSON.stringify(k);
    case 'bigint':
      return 'i' + k;
    case 'number':
      return 'f' + k;
  }
  if (k === null) return 'N';
  const rt = state;
  let id = rt.keyIds.get(k as object);
  if (id === undefined) {
    id = rt.nextId++;
    rt.keyIds.set(k as object, id);
  }
  return 'o' + id;
}

export function hash(v: PyValue): bigint {
  switch (typeof v) {
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return hashFloat(v);
    case 'string': {
      let h = 0x811c9dc5n;
      for (let i = 0; i < v.length; i++) h = ((h ^ BigInt(v.charCodeAt(i))) * 0x100000001b3n) & 0xfffffffffffffffn;
      return h;
    }
  }
  if (v === null) return 0x1f0c2c98n;
  keyOf(v); // raises for unhashable
  const h = v.cls.lookup('__hash__');
  if (h !== undefined && h !== null && !(h instanceof PyNative)) return toIndex(call(h, [v]));
  if (v instanceof PyTuple) {
    let acc = 0x27d4eb2d1656667n;
    for (const x of v.items) acc = (acc * 1000003n) ^ hash(x);
    return BigInt.asIntN(64, acc);
  }
  return BigInt(objectId(v));
}

// ------------------------------------------------------------------------------------------------ dict helpers

export function dictGet(d: PyDict, k: PyValue): PyValue | undefined {
  const e = d.map.get(keyOf(k, 'dict key'));
  return e === undefined ? undefined : e.v;
}
export function dictSet(d: PyDict, k: PyValue, v: PyValue): void {
  const key = keyOf(k, 'dict key');
  const e = d.map.get(key);
  if (e !== undefined) e.v = v;
  else {
    d.map.set(key, { k, v });
    entryAdded(d, k, v);
  }
}

/** list.extend / `+=`: append every item, within the memory budget. */
export function extendList(l: PyList, items: PyValue[]): void {
  const t = l.items;
  let bytes = 0;
  for (const x of items) {
    t.push(x);
    bytes += refBytes(x, l);
  }
  grew(l, bytes);
}
export function newDict(entries: [PyValue, PyValue][] = []): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) dictSet(d, k, v);
  return d;
}
export function newSet(items: Iterable<PyValue>, cls: PyType = T.set): PySet {
  const s = new PySet(cls);
  for (const x of items) {
    const k = keyOf(x, 'set element');
    if (!s.map.has(k)) s.map.set(k, x);
  }
  return s;
}

// ------------------------------------------------------------------------------------------------ arithmetic

const BIN_DUNDER: Record<string, [string, string, string]> = {
  '+': ['__add__', '__radd__', '__iadd__'],
  '-': ['__sub__', '__rsub__', '__isub__'],
  '*': ['__mul__', '__rmul__', '__imul__'],
  '@': ['__matmul__', '__rmatmul__', '__imatmul__'],
  '/': ['__truediv__', '__rtruediv__', '__itruediv__'],
  '//': ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  '%': ['__mod__', '__rmod__', '__imod__'],
  '**': ['__pow__', '__rpow__', '__ipow__'],
  '<<': ['__lshift__', '__rlshift__', '__ilshift__'],
  '>>': ['__rshift__', '__rrshift__', '__irshift__'],
  '|': ['__or__', '__ror__', '__ior__'],
  '^': ['__xor__', '__rxor__', '__ixor__'],
  '&': ['__and__', '__rand__', '__iand__']
};

export function intBinop(op: string, a: bigint, b: bigint): PyValue {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return intTrueDiv(a, b);
    case '//':
      return intFloorDiv(a, b);
    case '%':
      return intMod(a, b);
    case '**':
      return intPow(a, b);
    case '<<':
      if (b < 0n) throw valueError('negative shift count');
      return a << b;
    case '>>':
      if (b < 0n) throw valueError('negative shift count');
      return a >> b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
  }
  return NotImplemented;
}

export function floatBinop(op: string, a: number, b: number): PyValue {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return floatTrueDiv(a, b);
    case '//':
      return floatFloorDiv(a, b);
    case '%':
      return floatMod(a, b);
    case '**':
      return floatPow(a, b);
  }
  return NotImplemented;
}

/** `str % args` (printf-style): the str type's own __mod__ (runtime/str-methods.ts), like CPython's type slot. */
function strPercent(fmt: string, args: PyValue): string {
  return call(T.str.lookup('__mod__')!, [fmt, args]) as string;
}

function builtinBinop(op: string, a: PyValue, b: PyValue): PyValue {
  const ia = asBigInt(a);
  const ib = asBigInt(b);
  if (ia !== null && ib !== null) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    return intBinop(op, ia, ib);
  }
  const fa = typeof a === 'number' ? a : ia !== null && typeof b === 'number' ? intToFloat(ia) : null;
  const fb = typeof b === 'number' ? b : ib !== null && typeof a === 'number' ? intToFloat(ib) : null;
  if (fa !== null && fb !== null) return floatBinop(op, fa, fb);
  switch (op) {
    case '+':
      if (typeof a === 'string' && typeof b === 'string') return concatStr(a, b);
      if (a instanceof PyList && b instanceof PyList) return new PyList(a.items.concat(b.items));
      if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple(a.items.concat(b.items));
      if (a instanceof PyBytes && b instanceof PyBytes) {
        const out = new Uint8Array(a.data.length + b.data.length);
        out.set(a.data);
        out.set(b.data, a.data.length);
        return new PyBytes(out);
      }
      break;
    case '*': {
      if (ib !== null) return repeatSeq(a, ib);
      if (ia !== null) return repeatSeq(b, ia);
      break;
    }
    case '%':
      if (typeof a === 'string') return strPercent(a, b);
      break;
    case '|':
    case '&':
    case '-':
    case '^':
      if (a instanceof PySet && b instanceof PySet) return setOp(op, a, b);
      if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
        const d = newDict();
        for (const [k, e] of a.map) d.map.set(k, { k: e.k, v: e.v });
        for (const [k, e] of b.map) {
          const o = d.map.get(k);
          if (o) o.v = e.v;
          else d.map.set(k, { k: e.k, v: e.v });
        }
        return d;
      }
      break;
  }
  return NotImplemented;
}

function repeatSeq(s: PyValue, n: bigint): PyValue {
  const k = n < 0n ? 0 : Number(n);
  if (typeof s === 'string') {
    checkStr(s.length * k);
    return s.repeat(k);
  }
  if (s instanceof PyList || s instanceof PyTuple) {
    const r = s instanceof PyList ? new PyList([]) : new PyTuple([]);
    const mem = repeatBytes(s.items, k, r);
    const out = r.items;
    if (s.items.length === 1) {
      const x = s.items[0]!;
      for (let i = 0; i < k; i++) out.push(x); // `[x] * n`, the common case: one tight loop
    } else for (let i = 0; i < k; i++) for (const x of s.items) out.push(x);
    r.mem = mem;
    return r;
  }
  return NotImplemented;
}

/** str + str within the memory budget (V8 would throw past ~2^29 units anyway, far above what fits). */
function concatStr(a: string, b: string): string {
  checkStr(a.length + b.length);
  return a + b;
}

export function setOp(op: string, a: PySet, b: PySet): PySet {
  const out = new PySet(a.cls === T.frozenset ? T.frozenset : T.set);
  switch (op) {
    case '|':
      for (const [k, v] of a.map) out.map.set(k, v);
      for (const [k, v] of b.map) if (!out.map.has(k)) out.map.set(k, v);
      break;
    case '&':
      for (const [k, v] of a.map) if (b.map.has(k)) out.map.set(k, v);
      break;
    case '-':
      for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
      break;
    case '^':
      for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
      for (const [k, v] of b.map) if (!a.map.has(k)) out.map.set(k, v);
      break;
  }
  return out;
}

export function binop(op: string, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
    }
    return intBinop(op, a, b);
  }
  if (typeof a === 'number' && typeof b === 'number') return floatBinop(op, a, b);
  if (typeof a === 'string' && typeof b === 'string' && op === '+') return concatStr(a, b);
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (!ta.builtin || !tb.builtin) {
    const [fwd, rev] = BIN_DUNDER[op]!;
    if (tb !== ta && !tb.builtin && tb.isSubtypeOf(ta)) {
      const r = tryDunder(b, rev, a);
      if (r !== NotImplemented) return r;
    }
    if (!ta.builtin) {
      const r = tryDunder(a, fwd, b);
      if (r !== NotImplemented) return r;
    }
    if (!tb.builtin) {
      const r = tryDunder(b, rev, a);
      if (r !== NotImplemented) return r;
    }
  }
  const r = builtinBinop(op, a, b);
  if (r !== NotImplemented) return r;
  if (ta.builtin && a instanceof PyObject) {
    const r2 = tryDunder(a, BIN_DUNDER[op]![0], b);
    if (r2 !== NotImplemented) return r2;
  }
  if (tb.builtin && b instanceof PyObject) {
    const r3 = tryDunder(b, BIN_DUNDER[op]![1], a);
    if (r3 !== NotImplemented) return r3;
  }
  if (op === '+' && (a instanceof PyList || typeof a === 'string' || a instanceof PyTuple)) {
    const what = typeof a === 'string' ? 'str' : a instanceof PyList ? 'list' : 'tuple';
    throw typeError(`can only concatenate ${what} (not "${tb.name}") to ${what}`);
  }
  if (
    op === '*' &&
    (ta === T.str || ta === T.list || ta === T.tuple || tb === T.str || tb === T.list || tb === T.tuple)
  ) {
    const other = ta === T.str || ta === T.list || ta === T.tuple ? tb : ta;
    throw typeError(`can't multiply sequence by non-int of type '${other.name}'`);
  }
  const sym = op === '**' ? '** or pow()' : op;
  throw typeError(`unsupported operand type(s) for ${sym}: '${ta.name}' and '${tb.name}'`);
}

/** Augmented assignment: in-place for lists, sets, dicts (+=, |=, ...), else like binop. */
export function inplace(op: string, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint')
    return op === '+' ? a + b : op === '-' ? a - b : intBinop(op, a, b);
  if (a instanceof PyObject) {
    if (a.cls.builtin) {
      if (a instanceof PyList) {
        if (op === '+') {
          extendList(a, iterToArray(b));
          return a;
        }
        if (op === '*') {
          const n = toIndex(b);
          const copy = a.items.slice();
          a.mem = repeatBytes(copy, n < 0n ? 0 : Number(n), a);
          a.items.length = 0;
          for (let i = 0n; i < n; i++) for (const x of copy) a.items.push(x);
          return a;
        }
      }
      if (a instanceof PySet && b instanceof PySet && a.cls === T.set) {
        const r = setOp(op, a, b);
        a.map = r.map;
        return a;
      }
      if (a instanceof PyDict && op === '|' && b instanceof PyDict) {
        for (const [k, e] of b.map) {
          const o = a.map.get(k);
          if (o) o.v = e.v;
          else a.map.set(k, { k: e.k, v: e.v });
        }
        return a;
      }
    } else {
      const r = tryDunder(a, BIN_DUNDER[op]![2], b);
      if (r !== NotImplemented) return r;
    }
  }
  return binop(op, a, b);
}

export function unary(op: string, v: PyValue): PyValue {
  switch (op) {
    case 'not':
      return !truthy(v);
    case '-':
      if (typeof v === 'bigint') return -v;
      if (typeof v === 'number') return -v;
      if (typeof v === 'boolean') return v ? -1n : 0n;
      break;
    case '+':
      if (typeof v === 'bigint' || typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1n : 0n;
      break;
    case '~':
      if (typeof v === 'bigint') return ~v;
      if (typeof v === 'boolean') return v ? -2n : -1n;
      break;
  }
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
  if (v instanceof PyObject) {
    const m = v.cls.lookup(name);
    if (m !== undefined && m !== null) return call(m, [v]);
  }
  throw typeError(`bad operand type for unary ${op}: '${typeName(v)}'`);
}

// ------------------------------------------------------------------------------------------------ calls

/** Hook: how a user class is instantiated (interp sets this; default: object layout). */
export function call(f: PyValue, args: PyValue[], kw: KwArgs = null): PyValue {
  if (f instanceof PyCallable) return f.invoke(args, kw);
  if (f instanceof PyType) return instantiate(f, args, kw);
  if (f instanceof PyObject) {
    const m = f.cls.lookup('__call__');
    if (m !== undefined && m !== null) return call(m, [f, ...args], kw);
  }
  throw typeError(`'${typeName(f)}' object is not callable`);
}

/** `obj.method` bound to obj (user functions and native methods alike). */
export class PyBoundMethod extends PyCallable {
  self: PyValue;
  func: PyValue;
  constructor(self: PyValue, func: PyValue) {
    super(T.method);
    this.self = self;
    this.func = func;
  }
  invoke(args: PyValue[], kw: KwArgs): PyValue {
    return call(this.func, [this.self, ...args], kw);
  }
}

export function callMethod(obj: PyValue, name: string, args: PyValue[], kw: KwArgs = null): PyValue {
  const t = typeOf(obj);
  const m = t.lookup(name);
  if (m instanceof PyNative || (m instanceof PyCallable && !(m instanceof PyBoundMethod))) {
    if (!(obj instanceof PyObject) || obj.dict === null || !obj.dict.has(name)) return m.invoke([obj, ...args], kw);
  }
  return call(getAttr(obj, name), args, kw);
}

export function isCallable(f: PyValue): boolean {
  if (f instanceof PyCallable || f instanceof PyType) return true;
  return f instanceof PyObject && f.cls.lookup('__call__') !== undefined;
}

/** Creates an instance of `t` (type.__call__): __new__ via the native layout, then __init__. */
export function instantiate(t: PyType, args: PyValue[], kw: KwArgs): PyValue {
  if (t === T.type && args.length === 1 && !kw) return typeOf(args[0]!);
  if (t.builtin && t.ctor) return t.ctor(t, args, kw);
  // user class (or builtin without ctor): find the nearest builtin base with a ctor for the native layout
  const userNew = t.lookup('__new__');
  let obj: PyValue;
  if (userNew !== undefined && !(userNew instanceof PyNative)) {
    const fn = userNew instanceof PyWrapper ? userNew.func : userNew;
    obj = call(fn, [t, ...args], kw);
    if (!(obj instanceof PyObject) || !obj.cls.isSubtypeOf(t)) return obj;
  } else {
    obj = newInstance(t, args, kw);
  }
  const init = t.lookup('__init__');
  if (init !== undefined && !(init instanceof PyNative && init.owner === T.object)) {
    const r = call(init, [obj, ...args], kw);
    if (r !== null) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  } else if (args.length || (kw && kw.size)) {
    if (t.lookup('__new__') === undefined || userNew instanceof PyNative) {
      throw typeError(`${t.name}() takes no arguments`);
    }
  }
  return obj;
}

/** object.__new__ for user classes: the native layout of the nearest builtin base. */
export function newInstance(t: PyType, args: PyValue[], kw: KwArgs): PyObject {
  for (const b of t.mro) {
    if (b.builtin) {
      switch (b.layout) {
        case 'exception':
          return new PyException(t, args);
        case 'list':
          return new PyList([], t);
        case 'dict':
          return new PyDict(t);
        case 'set':
          return new PySet(t);
        case 'object':
          return new PyObject(t);
        default:
          if (b.ctor) {
            const v = b.ctor(t, args, kw);
            if (v instanceof PyObject) return v;
          }
          throw typeError(`cannot subclass built-in type '${b.name}' in aioscope`);
      }
    }
  }
  return new PyObject(t);
}

// ------------------------------------------------------------------------------------------------ attributes

export function getAttr(obj: PyValue, name: string): PyValue {
  // the AttributeError a user __getattr__ raised during getAttrOpt is re-raised as is
  const rt = state;
  rt.getattrError = null;
  const v = getAttrOpt(obj, name);
  if (v === undefined) {
    const e = rt.getattrError;
    rt.getattrError = null;
    throw e ?? noAttr(obj, name);
  }
  return v;
}

/** A class attribute whose (user) type defines __get__: a descriptor; `data` when it also defines __set__/__delete__. */
function userDescriptor(attr: PyValue | undefined): { get: PyValue; data: boolean } | null {
  if (!(attr instanceof PyObject) || attr.cls.builtin || attr instanceof PyType) return null;
  const get = attr.cls.lookup('__get__');
  if (get === undefined || get === null) return null;
  const data = attr.cls.lookup('__set__') !== undefined || attr.cls.lookup('__delete__') !== undefined;
  return { get, data };
}

export function noAttr(obj: PyValue, name: string): PyException {
  let e: PyException;
  if (obj instanceof PyModule) e = attributeError(`module '${obj.name}' has no attribute '${name}'`);
  else if (obj instanceof PyType) e = attributeError(`type object '${obj.qualname}' has no attribute '${name}'`);
  else e = attributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  e.dict = new Map<string, PyValue>([
    ['name', name],
    ['obj', obj]
  ]);
  return e;
}

/** Binds a class attribute found on the type to an instance (functions → bound methods). */
export function bind(attr: PyValue, obj: PyValue, t: PyType): PyValue {
  if (attr instanceof PyCallable) {
    if (attr instanceof PyNative) return attr.owner ? new PyBoundMethod(obj, attr) : attr;
    if (attr instanceof PyBoundMethod) return attr;
    return new PyBoundMethod(obj, attr);
  }
  if (attr instanceof PyWrapper) {
    if (attr.cls === T.staticmethod) return attr.func;
    if (attr.cls === T.classmethod) return new PyBoundMethod(t, attr.func);
    if (attr.cls === T.property) {
      if (attr.func === null) throw attributeError(`property object has no getter`);
      return call(attr.func, [obj]);
    }
  }
  return attr;
}

/** getattr without raising: undefined when missing (hasattr, getattr with default, and getAttr). */
export function getAttrOpt(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  if (obj instanceof PySuper) return superGetAttr(obj, name);
  if (obj instanceof PyModule) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
    const g = obj.dict.get('__getattr__');
    if (g !== undefined) return call(g, [name]);
    return undefined;
  }
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyWrapper && attr.cls === T.property) return bind(attr, obj, t);
  const desc = t.builtin ? null : userDescriptor(attr);
  if (desc?.data) return call(desc.get, [attr!, obj, t]);
  if (obj instanceof PyObject && obj.dict !== null) {
    const v = obj.dict.get(name);
    if (v !== undefined) return v;
  }
  if (desc) return call(desc.get, [attr!, obj, t]);
  if (attr !== undefined) return bind(attr, obj, t);
  if (name === '__class__') return t;
  if (name === '__dict__' && obj instanceof PyObject) {
    const d = newDict();
    if (obj.dict) for (const [k, v] of obj.dict) dictSet(d, k, v);
    return d;
  }
  if (!t.builtin) {
    const ga = t.lookup('__getattr__');
    if (ga !== undefined) {
      try {
        return call(ga, [obj, name]);
      } catch (e) {
        if (e instanceof PyException && e.cls.isSubtypeOf(E.AttributeError)) {
          state.getattrError = e;
          return undefined;
        }
        throw e;
      }
    }
  }
  return undefined;
}

function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const selfType = s.self instanceof PyType && s.self.isSubtypeOf(s.thisType) ? s.self : typeOf(s.self);
  const mro = selfType.mro;
  let i = mro.indexOf(s.thisType);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i]!.dict.get(name);
    if (v !== undefined) {
      if (s.self === selfType) {
        if (v instanceof PyWrapper && v.cls === T.classmethod) return new PyBoundMethod(selfType, v.func);
        if (v instanceof PyWrapper && v.cls === T.staticmethod) return v.func;
        return v;
      }
      return bind(v, s.self, selfType);
    }
  }
  return undefined;
}

function typeGetAttr(t: PyType, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return t.name;
    case '__qualname__':
      return t.qualname;
    case '__module__':
      return t.dict.get('__module__') ?? t.module;
    case '__mro__':
      return new PyTuple(t.mro);
    case '__bases__':
      return new PyTuple(t.bases);
    case '__base__':
      return t.bases[0] ?? null;
    case '__class__':
      return t.cls;
    case '__doc__':
      return t.dict.get('__doc__') ?? null;
    case '__dict__': {
      const d = newDict();
      for (const [k, v] of t.dict) dictSet(d, k, v);
      return d;
    }
  }
  const attr = t.lookup(name);
  if (attr !== undefined) {
    if (attr instanceof PyWrapper) {
      if (attr.cls === T.staticmethod) return attr.func;
      if (attr.cls === T.classmethod) return new PyBoundMethod(t, attr.func);
      return attr;
    }
    return attr;
  }
  const meta = t.cls.lookup(name);
  if (meta !== undefined) return bind(meta, t, t.cls);
  return undefined;
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyType) {
    if (obj.builtin) throw typeError(`cannot set '${name}' attribute of immutable type '${obj.name}'`);
    obj.dict.set(name, value);
    if (name === '__name__' && typeof value === 'string') obj.name = value;
    if (name === '__qualname__' && typeof value === 'string') obj.qualname = value;
    if (name === '__module__' && typeof value === 'string') obj.module = value;
    invalidateCaches();
    return;
  }
  if (obj instanceof PyModule) {
    obj.dict.set(name, value);
    return;
  }
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyWrapper && attr.cls === T.property) {
    if (attr.fset === null)
      throw attributeError(`property '${propName(attr, name)}' of '${t.name}' object has no setter`);
    call(attr.fset, [obj, value]);
    return;
  }
  if (!t.builtin) {
    const sa = t.lookup('__setattr__');
    if (sa !== undefined && !(sa instanceof PyNative)) {
      call(sa, [obj, name, value]);
      return;
    }
    // a user data descriptor (a class attribute whose type defines __set__)
    const set = attr instanceof PyObject && !attr.cls.builtin ? attr.cls.lookup('__set__') : undefined;
    if (set !== undefined && set !== null) {
      call(set, [attr!, obj, value]);
      return;
    }
  }
  if (!(obj instanceof PyObject) || !allowsDict(obj)) {
    if (attr !== undefined) throw attributeError(`'${t.name}' object attribute '${name}' is read-only`);
    throw attributeError(`'${t.name}' object has no attribute '${name}'`);
  }
  (obj.dict ??= new Map()).set(name, value);
}

function propName(p: PyWrapper, fallback: string): string {
  const f = p.func;
  if (f instanceof PyObject) {
    const n = getAttrOpt(f, '__name__');
    if (typeof n === 'string') return n;
  }
  return fallback;
}

/** Instances with a __dict__: user classes, exceptions, functions. Built-in containers have none. */
function allowsDict(obj: PyObject): boolean {
  const t = obj.cls;
  if (!t.builtin) return true;
  return t.layout === 'exception' || t === T.function || obj instanceof PyModule || t.dictAllowed === true;
}
declare module './objects' {
  interface PyType {
    /** Built-in types whose instances accept arbitrary attributes (e.g. function). */
    dictAllowed?: boolean;
  }
}

export function delAttr(obj: PyValue, name: string): void {
  if (obj instanceof PyType) {
    if (obj.builtin || !obj.dict.delete(name)) throw noAttr(obj, name);
    invalidateCaches();
    return;
  }
  const t = typeOf(obj);
  const attr = t.lookup(name);
  if (attr instanceof PyWrapper && attr.cls === T.property) {
    if (attr.fdel === null)
      throw attributeError(`property '${propName(attr, name)}' of '${t.name}' object has no deleter`);
    call(attr.fdel, [obj]);
    return;
  }
  if (!t.builtin) {
    const da = t.lookup('__delattr__');
    if (da !== undefined && !(da instanceof PyNative)) {
      call(da, [obj, name]);
      return;
    }
    // a user data descriptor with __delete__
    const del = attr instanceof PyObject && !attr.cls.builtin ? attr.cls.lookup('__delete__') : undefined;
    if (del !== undefined && del !== null) {
      call(del, [attr!, obj]);
      return;
    }
  }
  if (obj instanceof PyObject && obj.dict && obj.dict.delete(name)) return;
  throw noAttr(obj, name);
}

// ------------------------------------------------------------------------------------------------ iteration

/** Iterator over a list that sees appends made during iteration (like list_iterator). */
export class ListIter extends PyIter {
  i = 0;
  constructor(private readonly items: PyValue[]) {
    super(T.list_iterator);
  }
  next(): PyValue | typeof STOP {
    if (this.i < this.items.length) return this.items[this.i++]!;
    this.i = Infinity;
    return STOP;
  }
}

export class TupleIter extends PyIter {
  i = 0;
  constructor(private readonly items: PyValue[]) {
    super(T.tuple_iterator);
  }
  next(): PyValue | typeof STOP {
    return this.i < this.items.length ? this.items[this.i++]! : STOP;
  }
}

export class RangeIter extends PyIter {
  constructor(
    private cur: bigint,
    private readonly stop: bigint,
    private readonly step: bigint
  ) {
    super(T.range_iterator);
  }
  next(): PyValue | typeof STOP {
    const c = this.cur;
    if (this.step > 0n ? c >= this.stop : c <= this.stop) return STOP;
    this.cur = c + this.step;
    return c;
  }
}

class StrIter extends PyIter {
  i = 0;
  constructor(private readonly s: string) {
    super(T.str_ascii_iterator);
  }
  next(): PyValue | typeof STOP {
    const s = this.s;
    if (this.i >= s.length) return STOP;
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c < 0xdc00 && this.i + 1 < s.length) {
      const d = s.charCodeAt(this.i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        this.i += 2;
        return s.slice(this.i - 2, this.i);
      }
    }
    return s[this.i++]!;
  }
}

/** dict key/value/item iterator that raises when the dict changes size during iteration. */
export class DictIter extends PyIter {
  private it: Iterator<[unknown, { k: PyValue; v: PyValue }]>;
  private size: number;
  constructor(
    private readonly d: PyDict,
    private readonly mode: 'k' | 'v' | 'i'
  ) {
    super(mode === 'k' ? T.dict_keyiterator : mode === 'v' ? T.dict_valueiterator : T.dict_itemiterator);
    this.it = d.map.entries();
    this.size = d.map.size;
  }
  next(): PyValue | typeof STOP {
    if (this.d.map.size !== this.size) {
      this.size = -1;
      throw runtimeErr('dictionary changed size during iteration');
    }
    const r = this.it.next();
    if (r.done) return STOP;
    const e = r.value[1];
    return this.mode === 'k' ? e.k : this.mode === 'v' ? e.v : new PyTuple([e.k, e.v]);
  }
}
function runtimeErr(msg: string): PyException {
  return err(E.RuntimeError, msg);
}

class SetIter extends PyIter {
  i = 0;
  private items: PyValue[];
  private size: number;
  constructor(private readonly s: PySet) {
    super(T.set_iterator);
    this.items = setItems(s);
    this.size = s.map.size;
  }
  next(): PyValue | typeof STOP {
    if (this.s.map.size !== this.size) {
      this.size = -1;
      throw runtimeErr('Set changed size during iteration');
    }
    return this.i < this.items.length ? this.items[this.i++]! : STOP;
  }
}

/** Wraps an object implementing __next__ (user iterators). */
class UserIter extends PyIter {
  constructor(
    private readonly obj: PyValue,
    private readonly nextFn: PyValue
  ) {
    super(T.iterator);
  }
  next(): PyValue | typeof STOP {
    try {
      return call(this.nextFn, [this.obj]);
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(E.StopIteration)) return STOP;
      throw e;
    }
  }
}

/** iter(v). */
export function getIter(v: PyValue): PyIter {
  if (typeof v === 'string') return new StrIter(v);
  if (v instanceof PyObject) {
    if (v instanceof PyIter) return v;
    if (v.cls.builtin) {
      if (v instanceof PyList) return new ListIter(v.items);
      if (v instanceof PyTuple) return new TupleIter(v.items);
      if (v instanceof PyRange) return new RangeIter(v.start, v.stop, v.step);
      if (v instanceof PyDict) return new DictIter(v, 'k');
      if (v instanceof PySet) return new SetIter(v);
      if (v instanceof PyBytes) return new TupleIter(Array.from(v.data, (b) => BigInt(b)));
    }
    const it = v.cls.lookup('__iter__');
    if (it !== undefined && it !== null) {
      const r = call(it, [v]);
      if (r instanceof PyIter) return r;
      const nx = typeOf(r).lookup('__next__');
      if (nx === undefined) throw typeError(`iter() returned non-iterator of type '${typeName(r)}'`);
      return new UserIter(r, nx);
    }
    const gi = v.cls.lookup('__getitem__');
    if (gi !== undefined && !(v instanceof PyDict)) {
      let i = 0n;
      const seq = v;
      return new (class extends PyIter {
        next(): PyValue | typeof STOP {
          try {
            return call(gi, [seq, i++]);
          } catch (e) {
            if (e instanceof PyException && (e.cls.isSubtypeOf(E.IndexError) || e.cls.isSubtypeOf(E.StopIteration)))
              return STOP;
            throw e;
          }
        }
      })(T.iterator);
    }
  }
  throw typeError(`'${typeName(v)}' object is not iterable`);
}

/** next(it) on any Python iterator object. */
export function iterNext(it: PyValue): PyValue | typeof STOP {
  if (it instanceof PyIter) return it.next();
  const nx = typeOf(it).lookup('__next__');
  if (nx === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
  try {
    return call(nx, [it]);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(E.StopIteration)) return STOP;
    throw e;
  }
}

/** All items of an iterable as a JS array (a copy). */
export function iterToArray(v: PyValue): PyValue[] {
  if (v instanceof PyObject && v.cls.builtin) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
    if (v instanceof PyDict) {
      const out: PyValue[] = [];
      for (const e of v.map.values()) out.push(e.k);
      return out;
    }
    if (v instanceof PySet) return setItems(v);
  }
  if (v instanceof PyRange) checkCount(v.length);
  const it = getIter(v);
  const out: PyValue[] = [];
  let bytes = 0; // memory budget: a huge or endless iterable stops at MEMORY_LIMIT (memory.ts)
  for (let x = it.next(); x !== STOP; x = it.next()) {
    out.push(x);
    if (overBudget((bytes += itemBytes(x)))) throw memoryError();
  }
  bulkWork(out.length);
  return out;
}

// ------------------------------------------------------------------------------------------------ containers

export function len(v: PyValue): number {
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyObject) {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict || v instanceof PySet) return v.map.size;
    if (v instanceof PyRange) return Number(v.length);
    if (v instanceof PyBytes) return v.data.length;
    const m = v.cls.lookup('__len__');
    if (m !== undefined && m !== null) {
      const r = call(m, [v]);
      const n = asBigInt(r);
      if (n === null) throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
      if (n < 0n) throw valueError('__len__() should return >= 0');
      return Number(n);
    }
  }
  throw typeError(`object of type '${typeName(v)}' has no len()`);
}

/** Length in code points (JS strings are UTF-16). */
export function strLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Whether s has surrogate pairs (then indexing must go through code points). */
export function hasAstral(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return true;
  }
  return false;
}
export function codePoints(s: string): string[] {
  return Array.from(s);
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string')
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyObject) {
    if (container.cls.builtin) {
      if (container instanceof PyDict) return container.map.has(keyOf(item, 'dict key'));
      if (container instanceof PySet) return container.map.has(keyOf(item, 'set element'));
      if (container instanceof PyList || container instanceof PyTuple) {
        for (const x of container.items) if (x === item || eq(x, item)) return true;
        return false;
      }
      if (container instanceof PyRange) {
        const i = asBigInt(item);
        if (i === null) return iterToArray(container).some((x) => eq(x, item));
        const { start, stop, step } = container;
        if (step > 0n ? i < start || i >= stop : i > start || i <= stop) return false;
        return (i - start) % step === 0n;
      }
    }
    const m = container.cls.lookup('__contains__');
    if (m !== undefined && m !== null) return truthy(call(m, [container, item]));
    const it = getIter(container);
    for (let x = it.next(); x !== STOP; x = it.next()) if (x === item || eq(x, item)) return true;
    return false;
  }
  throw typeError(`argument of type '${typeName(container)}' is not iterable`);
}

/** Normalises a possibly negative index against a length; throws IndexError when out of range. */
function seqIndex(i: PyValue, n: number, what: string): number {
  let k: number;
  if (typeof i === 'bigint') k = Number(i);
  else if (typeof i === 'boolean') k = i ? 1 : 0;
  else k = Number(toIndex(i, `${what} indices must be integers or slices, not ${typeName(i)}`));
  if (k < 0) k += n;
  if (k < 0 || k >= n) throw indexError(`${what} index out of range`);
  return k;
}

/** slice.indices(n): start, stop, step, count. */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const step =
    s.step === null ? 1 : Number(toIndex(s.step, 'slice indices must be integers or None or have an __index__ method'));
  if (step === 0) throw valueError('slice step cannot be zero');
  const conv = (v: PyValue, dflt: number, lo: number, hi: number): number => {
    if (v === null) return dflt;
    let k = Number(toIndex(v, 'slice indices must be integers or None or have an __index__ method'));
    if (k < 0) {
      k += n;
      if (k < lo) k = lo;
    } else if (k > hi) k = hi;
    return k;
  };
  let start: number;
  let stop: number;
  if (step > 0) {
    start = conv(s.start, 0, 0, n);
    stop = conv(s.stop, n, 0, n);
  } else {
    start = conv(s.start, n - 1, -1, n - 1);
    stop = conv(s.stop, -1, -1, n - 1);
  }
  let count = 0;
  if (step > 0) {
    if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  } else if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, count];
}

function sliceArray<X>(a: X[], s: PySlice): X[] {
  const [start, stop, step, count] = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, Math.max(start, stop));
  const out: X[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(a[j]!);
  return out;
}

/** A subclass of a builtin container that does not override __getitem__ (tuple defines none in its dict). */
function nativeGetitem(cls: PyType): boolean {
  const g = cls.lookup('__getitem__');
  return g === undefined || g instanceof PyNative;
}

export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyObject) {
    if (obj instanceof PyList || obj instanceof PyTuple) {
      if (obj.cls.builtin || nativeGetitem(obj.cls)) {
        if (key instanceof PySlice) {
          const items = sliceArray(obj.items, key);
          return obj instanceof PyList ? new PyList(items) : new PyTuple(items);
        }
        return obj.items[seqIndex(key, obj.items.length, obj instanceof PyList ? 'list' : 'tuple')]!;
      }
    }
    if (obj instanceof PyDict && (obj.cls.builtin || nativeGetitem(obj.cls))) {
      const e = obj.map.get(keyOf(key, 'dict key'));
      if (e !== undefined) return e.v;
      if (!obj.cls.builtin) {
        const miss = obj.cls.lookup('__missing__');
        if (miss !== undefined) return call(miss, [obj, key]);
      }
      throw keyError(key);
    }
    if (obj instanceof PyRange) {
      if (key instanceof PySlice) {
        const [start, , step, count] = sliceIndices(key, Number(obj.length));
        const s = obj.start + BigInt(start) * obj.step;
        const st = obj.step * BigInt(step);
        return new PyRange(s, s + st * BigInt(count), st);
      }
      const i = seqIndex(key, Number(obj.length), 'range object');
      return obj.start + BigInt(i) * obj.step;
    }
    if (obj instanceof PyType) {
      const cg = obj.lookup('__class_getitem__');
      if (cg !== undefined) return call(bind(cg, obj, obj), [key]);
      return obj; // list[int] etc: generic aliases are transparent here
    }
    const m = obj.cls.lookup('__getitem__');
    if (m !== undefined && m !== null) return call(m, [obj, key]);
  }
  if (typeof obj === 'string') {
    if (key instanceof PySlice) {
      if (!hasAstral(obj)) {
        if (key.step === null) {
          const [start, stop] = sliceIndices(key, obj.length);
          return obj.slice(start, Math.max(start, stop));
        }
        return sliceArray(obj.split(''), key).join('');
      }
      return sliceArray(codePoints(obj), key).join('');
    }
    if (!hasAstral(obj)) return obj[seqIndex(key, obj.length, 'string')]!;
    const cps = codePoints(obj);
    return cps[seqIndex(key, cps.length, 'string')]!;
  }
  if (obj instanceof PyBytes) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceArray([...obj.data], key)));
    return BigInt(obj.data[seqIndex(key, obj.data.length, 'index')]!);
  }
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyObject) {
    if (obj instanceof PyList && (obj.cls.builtin || obj.cls.lookup('__setitem__') instanceof PyNative)) {
      if (key instanceof PySlice) {
        const items = iterToArray(value);
        const [start, stop, step, count] = sliceIndices(key, obj.items.length);
        if (step === 1) {
          obj.items.splice(start, Math.max(0, stop - start), ...items);
          return;
        }
        if (items.length !== count) {
          throw valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
        }
        for (let i = 0, j = start; i < count; i++, j += step) obj.items[j] = items[i]!;
        return;
      }
      obj.items[seqIndex(key, obj.items.length, 'list assignment')] = value;
      return;
    }
    if (obj instanceof PyDict && (obj.cls.builtin || obj.cls.lookup('__setitem__') instanceof PyNative)) {
      dictSet(obj, key, value);
      return;
    }
    const m = obj.cls.lookup('__setitem__');
    if (m !== undefined && m !== null) {
      call(m, [obj, key, value]);
      return;
    }
  }
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyObject) {
    if (obj instanceof PyList && obj.cls.builtin) {
      if (key instanceof PySlice) {
        const [start, stop, step, count] = sliceIndices(key, obj.items.length);
        if (step === 1) {
          obj.items.splice(start, Math.max(0, stop - start));
          return;
        }
        const drop = new Set<number>();
        for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
        obj.items = obj.items.filter((_, i) => !drop.has(i));
        return;
      }
      obj.items.splice(seqIndex(key, obj.items.length, 'list assignment'), 1);
      return;
    }
    if (obj instanceof PyDict && obj.cls.builtin) {
      if (!obj.map.delete(keyOf(key, 'dict key'))) throw keyError(key);
      return;
    }
    const m = obj.cls.lookup('__delitem__');
    if (m !== undefined && m !== null) {
      call(m, [obj, key]);
      return;
    }
  }
  throw typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

// ------------------------------------------------------------------------------------------------ isinstance

export function isInstanceOf(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(v);
    if (t.isSubtypeOf(cls)) return true;
    const ic = cls.cls.lookup('__instancecheck__');
    if (ic !== undefined && !(ic instanceof PyNative)) return truthy(call(ic, [cls, v]));
    return false;
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstanceOf(v, c));
  throw typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
}

export function isSubclassOf(a: PyValue, cls: PyValue): boolean {
  if (!(a instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  if (cls instanceof PyType) return a.isSubtypeOf(cls);
  if (cls instanceof PyTuple) return cls.items.some((c) => isSubclassOf(a, c));
  throw typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
}
