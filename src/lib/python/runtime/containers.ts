/**
 * list, tuple, dict (+ views), set/frozenset, range, slice: constructors and methods.
 */
import { E, err, indexError, keyError, typeError, valueError } from './exceptions';
import { bindKw, classMethod, getter, method, nargs } from './natives';
import {
  PyDict,
  PyIter,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  PyType,
  STOP,
  T,
  type PyValue
} from './objects';
import {
  call,
  contains,
  DictIter,
  dictSet,
  eq,
  getIter,
  iterToArray,
  keyOf,
  len,
  lt,
  newSet,
  repr,
  reprSeq,
  reprDict,
  reprSet,
  setOp,
  sliceIndices,
  toIndex,
  truthy,
  typeName,
  ListIter,
  TupleIter,
  RangeIter
} from './ops';
import { state } from './py-runtime';
import { setItems } from './set-order';

// ------------------------------------------------------------------------------------------------ list

const L = T.list;
function lst(a: PyValue[]): PyList {
  return a[0] as PyList;
}

export function sortList(items: PyValue[], key: PyValue | undefined, reverse: boolean): void {
  if (key !== undefined && key !== null) {
    const keyed = items.map((v) => ({ k: call(key, [v]), v }));
    keyed.sort((x, y) =>
      reverse ? (lt(y.k, x.k) ? -1 : lt(x.k, y.k) ? 1 : 0) : lt(x.k, y.k) ? -1 : lt(y.k, x.k) ? 1 : 0
    );
    for (let i = 0; i < items.length; i++) items[i] = keyed[i]!.v;
    return;
  }
  items.sort((x, y) => (reverse ? (lt(y, x) ? -1 : lt(x, y) ? 1 : 0) : lt(x, y) ? -1 : lt(y, x) ? 1 : 0));
}

method(L, 'append', (a) => {
  if (a.length !== 2) nargs('list.append', a, 1, 1);
  lst(a).items.push(a[1]!);
  return null;
});
method(L, 'extend', (a) => {
  nargs('list.extend', a, 1, 1);
  const items = iterToArray(a[1]!);
  const t = lst(a).items;
  for (const x of items) t.push(x);
  return null;
});
method(L, 'insert', (a) => {
  nargs('insert', a, 2, 2);
  const t = lst(a).items;
  let i = Number(toIndex(a[1]!));
  if (i < 0) i = Math.max(0, i + t.length);
  if (i > t.length) i = t.length;
  t.splice(i, 0, a[2]!);
  return null;
});
method(L, 'pop', (a) => {
  nargs('pop', a, 0, 1);
  const t = lst(a).items;
  if (t.length === 0) throw indexError('pop from empty list');
  if (a.length < 2) return t.pop()!;
  let i = Number(toIndex(a[1]!));
  if (i < 0) i += t.length;
  if (i < 0 || i >= t.length) throw indexError('pop index out of range');
  return t.splice(i, 1)[0]!;
});
method(L, 'remove', (a) => {
  nargs('list.remove', a, 1, 1);
  const t = lst(a).items;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === a[1] || eq(t[i]!, a[1]!)) {
      t.splice(i, 1);
      return null;
    }
  }
  throw valueError('list.remove(x): x not in list');
});
function seqIndex(t: PyValue[], a: PyValue[], what: string): bigint {
  const n = t.length;
  let start = a.length > 2 ? Number(toIndex(a[2]!)) : 0;
  let stop = a.length > 3 ? Number(toIndex(a[3]!)) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, n); i++) if (t[i] === a[1] || eq(t[i]!, a[1]!)) return BigInt(i);
  if (what !== 'list') throw valueError('tuple.index(x): x not in tuple');
  throw valueError(state.features.rewordedMessages ? 'list.index(x): x not in list' : `${repr(a[1]!)} is not in list`);
}
method(L, 'index', (a) => seqIndex(lst(a).items, a, 'list'));
method(L, 'count', (a) => BigInt(lst(a).items.filter((x) => x === a[1] || eq(x, a[1]!)).length));
method(L, 'sort', (a, kw) => {
  if (a.length > 1) throw typeError('sort() takes no positional arguments');
  const [key, rev] = bindKw('sort', [], kw, ['key', 'reverse']);
  const t = lst(a);
  const items = t.items.slice();
  t.items.length = 0;
  try {
    sortList(items, key, rev !== undefined && truthy(rev));
  } finally {
    if (t.items.length) {
      t.items = items;
      // eslint-disable-next-line no-unsafe-finally
      throw valueError('list modified during sort');
    }
    t.items.push(...items);
  }
  return null;
});
method(L, 'reverse', (a) => {
  lst(a).items.reverse();
  return null;
});
method(L, 'copy', (a) => new PyList(lst(a).items.slice()));
method(L, 'clear', (a) => {
  lst(a).items.length = 0;
  return null;
});
method(L, '__len__', (a) => BigInt(lst(a).items.length));
method(L, '__iter__', (a) => new ListIter(lst(a).items));
method(L, '__contains__', (a) => contains(a[0]!, a[1]!));
method(L, '__repr__', (a) => reprSeq(lst(a), '[', ']'));
method(L, '__reversed__', (a) => {
  const items = lst(a).items;
  let i = items.length - 1;
  return new (class extends PyIter {
    next(): PyValue | typeof STOP {
      if (i >= 0 && i < items.length) return items[i--]!;
      i = -1;
      return STOP;
    }
  })(T.list_reverseiterator);
});
method(L, '__init__', (a) => {
  const t = lst(a);
  t.items = a.length > 1 ? iterToArray(a[1]!) : [];
  return null;
});
L.ctor = (cls, a) => {
  if (a.length > 1) throw typeError(`list expected at most 1 argument, got ${a.length}`);
  const l = new PyList(a.length ? iterToArray(a[0]!) : [], cls);
  return l;
};

// ------------------------------------------------------------------------------------------------ tuple

method(T.tuple, 'index', (a) => seqIndex((a[0] as PyTuple).items, a, 'tuple'));
method(T.tuple, 'count', (a) => BigInt((a[0] as PyTuple).items.filter((x) => x === a[1] || eq(x, a[1]!)).length));
method(T.tuple, '__len__', (a) => BigInt((a[0] as PyTuple).items.length));
method(T.tuple, '__iter__', (a) => new TupleIter((a[0] as PyTuple).items));
method(T.tuple, '__contains__', (a) => contains(a[0]!, a[1]!));
method(T.tuple, '__repr__', (a) => {
  const t = a[0] as PyTuple;
  return reprSeq(t, '(', t.items.length === 1 ? ',)' : ')');
});
method(T.tuple, '__getitem__', (a) => {
  const t = a[0] as PyTuple;
  return new PyTuple([t.items[Number(toIndex(a[1]!))]!]).items[0]!;
});
T.tuple.dict.delete('__getitem__');
T.tuple.ctor = (cls, a) => {
  if (a.length > 1) throw typeError(`tuple expected at most 1 argument, got ${a.length}`);
  if (a.length && a[0] instanceof PyTuple && cls === T.tuple) return a[0];
  return new PyTuple(a.length ? iterToArray(a[0]!) : [], cls);
};

// ------------------------------------------------------------------------------------------------ dict

const D = T.dict;
function dct(a: PyValue[]): PyDict {
  return a[0] as PyDict;
}

/** dict(...) / dict.update(...) argument handling. */
export function dictUpdate(d: PyDict, a: PyValue[], kw: Map<string, PyValue> | null, fname = 'update'): void {
  if (a.length > 1) throw typeError(`${fname} expected at most 1 argument, got ${a.length}`);
  if (a.length === 1) {
    const src = a[0]!;
    if (src instanceof PyDict) {
      for (const e of src.map.values()) dictSet(d, e.k, e.v);
    } else if (src instanceof PyObject && src.cls.lookup('keys') !== undefined) {
      const keys = iterToArray(call(src.cls.lookup('keys')!, [src]));
      for (const k of keys) dictSet(d, k, call(src.cls.lookup('__getitem__')!, [src, k]));
    } else {
      const items = iterToArray(src);
      items.forEach((it, i) => {
        let pair: PyValue[];
        try {
          pair = iterToArray(it);
        } catch {
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        if (pair.length !== 2) {
          throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        dictSet(d, pair[0]!, pair[1]!);
      });
    }
  }
  if (kw) for (const [k, v] of kw) dictSet(d, k, v);
}

D.ctor = (cls, a, kw) => {
  const d = new PyDict(cls);
  dictUpdate(d, a, kw, 'dict');
  return d;
};
method(D, '__init__', (a, kw) => {
  dictUpdate(dct(a), a.slice(1), kw, 'dict');
  return null;
});
method(D, 'get', (a) => {
  nargs('get', a, 1, 2);
  const e = dct(a).map.get(keyOf(a[1]!, 'dict key'));
  return e !== undefined ? e.v : a.length > 2 ? a[2]! : null;
});
method(D, 'setdefault', (a) => {
  const d = dct(a);
  const k = keyOf(a[1]!, 'dict key');
  const e = d.map.get(k);
  if (e !== undefined) return e.v;
  const v = a.length > 2 ? a[2]! : null;
  d.map.set(k, { k: a[1]!, v });
  return v;
});
method(D, 'pop', (a) => {
  nargs('pop', a, 1, 2);
  const d = dct(a);
  const k = keyOf(a[1]!, 'dict key');
  const e = d.map.get(k);
  if (e === undefined) {
    if (a.length > 2) return a[2]!;
    throw keyError(a[1]!);
  }
  d.map.delete(k);
  return e.v;
});
method(D, 'popitem', (a) => {
  const d = dct(a);
  if (d.map.size === 0) throw keyError('popitem(): dictionary is empty');
  let last: [unknown, { k: PyValue; v: PyValue }] | null = null;
  for (const x of d.map) last = x;
  d.map.delete(last![0]);
  return new PyTuple([last![1].k, last![1].v]);
});
method(D, 'update', (a, kw) => {
  dictUpdate(dct(a), a.slice(1), kw);
  return null;
});
method(D, 'copy', (a) => {
  const d = new PyDict();
  for (const [k, e] of dct(a).map) d.map.set(k, { k: e.k, v: e.v });
  return d;
});
method(D, 'clear', (a) => {
  dct(a).map.clear();
  return null;
});
method(D, '__len__', (a) => BigInt(dct(a).map.size));
method(D, '__contains__', (a) => dct(a).map.has(keyOf(a[1]!, 'dict key')));
method(D, '__iter__', (a) => new DictIter(dct(a), 'k'));
method(D, '__getitem__', (a) => {
  const e = dct(a).map.get(keyOf(a[1]!, 'dict key'));
  if (e === undefined) throw keyError(a[1]!);
  return e.v;
});
method(D, '__setitem__', (a) => {
  dictSet(dct(a), a[1]!, a[2]!);
  return null;
});
method(D, '__delitem__', (a) => {
  if (!dct(a).map.delete(keyOf(a[1]!, 'dict key'))) throw keyError(a[1]!);
  return null;
});
method(D, '__repr__', (a) => reprDict(dct(a)));
classMethod(D, 'fromkeys', (a) => {
  const cls = a[0] as PyType;
  const d = new PyDict(cls === T.dict ? T.dict : cls);
  const v = a.length > 2 ? a[2]! : null;
  for (const k of iterToArray(a[1]!)) dictSet(d, k, v);
  return d;
});

/** dict_keys / dict_values / dict_items: live views. */
export class DictView extends PyObject {
  constructor(
    readonly d: PyDict,
    readonly mode: 'k' | 'v' | 'i'
  ) {
    super(mode === 'k' ? T.dict_keys : mode === 'v' ? T.dict_values : T.dict_items);
  }
  items(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.d.map.values())
      out.push(this.mode === 'k' ? e.k : this.mode === 'v' ? e.v : new PyTuple([e.k, e.v]));
    return out;
  }
}
method(D, 'keys', (a) => new DictView(dct(a), 'k'));
method(D, 'values', (a) => new DictView(dct(a), 'v'));
method(D, 'items', (a) => new DictView(dct(a), 'i'));
for (const vt of [T.dict_keys, T.dict_values, T.dict_items]) {
  method(vt, '__iter__', (a) => new DictIter((a[0] as DictView).d, (a[0] as DictView).mode));
  method(vt, '__len__', (a) => BigInt((a[0] as DictView).d.map.size));
  method(vt, '__repr__', (a) => {
    const v = a[0] as DictView;
    return `${v.cls.name}([${v.items().map(repr).join(', ')}])`;
  });
  method(vt, '__contains__', (a) => {
    const v = a[0] as DictView;
    if (v.mode === 'k') return v.d.map.has(keyOf(a[1]!, 'dict key'));
    return v.items().some((x) => eq(x, a[1]!));
  });
  method(vt, '__reversed__', (a) => new ListIter((a[0] as DictView).items().reverse()));
  method(vt, '__eq__', (a) => {
    const v = a[0] as DictView;
    const o = a[1]!;
    if (v.mode === 'v') return v === o;
    const mine = newSet(v.items());
    const other = o instanceof DictView ? newSet(o.items()) : o instanceof PySet ? o : null;
    if (!other) return false;
    return mine.map.size === other.map.size && [...mine.map.keys()].every((k) => other.map.has(k));
  });
}
for (const op of ['&', '|', '-', '^'] as const) {
  const name = { '&': '__and__', '|': '__or__', '-': '__sub__', '^': '__xor__' }[op];
  method(T.dict_keys, name, (a) => setOp(op, newSet((a[0] as DictView).items()), newSet(iterToArray(a[1]!))));
  method(T.dict_items, name, (a) => setOp(op, newSet((a[0] as DictView).items()), newSet(iterToArray(a[1]!))));
}

// ------------------------------------------------------------------------------------------------ set / frozenset

function st(a: PyValue[]): PySet {
  return a[0] as PySet;
}
function asSet(v: PyValue): PySet {
  return v instanceof PySet ? v : newSet(iterToArray(v));
}
T.set.ctor = (cls, a) => {
  if (a.length > 1) throw typeError(`set expected at most 1 argument, got ${a.length}`);
  return newSet(a.length ? iterToArray(a[0]!) : [], cls);
};
T.frozenset.ctor = (cls, a) => newSet(a.length ? iterToArray(a[0]!) : [], cls);
for (const t of [T.set, T.frozenset]) {
  method(t, '__len__', (a) => BigInt(st(a).map.size));
  method(t, '__contains__', (a) => st(a).map.has(keyOf(a[1]!, 'set element')));
  method(t, '__iter__', (a) => getIter(st(a)));
  method(t, '__repr__', (a) => reprSet(st(a)));
  method(t, 'copy', (a) => newSet(setItems(st(a)), st(a).cls));
  method(t, 'union', (a) =>
    a.slice(1).reduce<PySet>((acc, x) => setOp('|', acc, asSet(x)), newSet(setItems(st(a)), st(a).cls))
  );
  method(t, 'intersection', (a) =>
    a.slice(1).reduce<PySet>((acc, x) => setOp('&', acc, asSet(x)), newSet(setItems(st(a)), st(a).cls))
  );
  method(t, 'difference', (a) =>
    a.slice(1).reduce<PySet>((acc, x) => setOp('-', acc, asSet(x)), newSet(setItems(st(a)), st(a).cls))
  );
  method(t, 'symmetric_difference', (a) => setOp('^', st(a), asSet(a[1]!)));
  method(t, 'issubset', (a) => {
    const o = asSet(a[1]!);
    return [...st(a).map.keys()].every((k) => o.map.has(k));
  });
  method(t, 'issuperset', (a) => {
    const s = st(a);
    return [...asSet(a[1]!).map.keys()].every((k) => s.map.has(k));
  });
  method(t, 'isdisjoint', (a) => {
    const o = asSet(a[1]!);
    return ![...st(a).map.keys()].some((k) => o.map.has(k));
  });
}
method(T.set, 'add', (a) => {
  nargs('set.add', a, 1, 1);
  const s = st(a);
  const k = keyOf(a[1]!, 'set element');
  if (!s.map.has(k)) s.map.set(k, a[1]!);
  return null;
});
method(T.set, 'remove', (a) => {
  if (!st(a).map.delete(keyOf(a[1]!, 'set element'))) throw keyError(a[1]!);
  return null;
});
method(T.set, 'discard', (a) => {
  st(a).map.delete(keyOf(a[1]!, 'set element'));
  return null;
});
method(T.set, 'pop', (a) => {
  const s = st(a);
  const items = setItems(s);
  if (items.length === 0) throw keyError('pop from an empty set');
  const v = items[0]!;
  s.map.delete(keyOf(v, 'set element'));
  return v;
});
method(T.set, 'clear', (a) => {
  st(a).map.clear();
  return null;
});
method(T.set, 'update', (a) => {
  const s = st(a);
  for (const o of a.slice(1))
    for (const x of iterToArray(o)) {
      const k = keyOf(x, 'set element');
      if (!s.map.has(k)) s.map.set(k, x);
    }
  return null;
});
for (const [name, op] of [
  ['intersection_update', '&'],
  ['difference_update', '-'],
  ['symmetric_difference_update', '^']
] as const) {
  method(T.set, name, (a) => {
    const s = st(a);
    let r = s;
    for (const o of a.slice(1)) r = setOp(op, r, asSet(o));
    s.map = r.map;
    return null;
  });
}

// ------------------------------------------------------------------------------------------------ range / slice

T.range.ctor = (_cls, a) => {
  if (a.length === 0) throw typeError('range expected at least 1 argument, got 0');
  if (a.length > 3) throw typeError(`range expected at most 3 arguments, got ${a.length}`);
  const conv = (v: PyValue) => toIndex(v, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (a.length === 1) return new PyRange(0n, conv(a[0]!), 1n);
  const step = a.length === 3 ? conv(a[2]!) : 1n;
  if (step === 0n) throw valueError('range() arg 3 must not be zero');
  return new PyRange(conv(a[0]!), conv(a[1]!), step);
};
method(T.range, '__repr__', (a) => {
  const r = a[0] as PyRange;
  return r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});
method(T.range, '__len__', (a) => (a[0] as PyRange).length);
method(T.range, '__iter__', (a) => {
  const r = a[0] as PyRange;
  return new RangeIter(r.start, r.stop, r.step);
});
method(T.range, '__contains__', (a) => contains(a[0]!, a[1]!));
method(T.range, 'index', (a) => {
  const r = a[0] as PyRange;
  const v = a[1]!;
  if (!contains(r, v)) throw valueError(`${repr(v)} is not in range`);
  return ((v as bigint) - r.start) / r.step;
});
method(T.range, 'count', (a) => (contains(a[0]!, a[1]!) ? 1n : 0n));
getter(T.range, 'start', (s) => (s as PyRange).start);
getter(T.range, 'stop', (s) => (s as PyRange).stop);
getter(T.range, 'step', (s) => (s as PyRange).step);

T.slice.ctor = (_cls, a) => {
  if (a.length === 1) return new PySlice(null, a[0]!, null);
  return new PySlice(a[0] ?? null, a[1] ?? null, a[2] ?? null);
};
method(T.slice, '__repr__', (a) => {
  const s = a[0] as PySlice;
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
});
getter(T.slice, 'start', (s) => (s as PySlice).start);
getter(T.slice, 'stop', (s) => (s as PySlice).stop);
getter(T.slice, 'step', (s) => (s as PySlice).step);
method(T.slice, 'indices', (a) => {
  const [start, stop, step] = sliceIndices(a[0] as PySlice, Number(toIndex(a[1]!)));
  return new PyTuple([BigInt(start), BigInt(stop), BigInt(step)]);
});

// ------------------------------------------------------------------------------------------------ iterators

for (const t of [
  T.list_iterator,
  T.list_reverseiterator,
  T.tuple_iterator,
  T.str_ascii_iterator,
  T.dict_keyiterator,
  T.dict_valueiterator,
  T.dict_itemiterator,
  T.set_iterator,
  T.range_iterator,
  T.iterator,
  T.enumerate,
  T.zip,
  T.map,
  T.filter,
  T.reversed,
  T.generator
]) {
  method(t, '__iter__', (a) => a[0]!);
  method(t, '__next__', (a) => {
    const v = (a[0] as PyIter).next();
    if (v === STOP) throw err(E.StopIteration);
    return v;
  });
}

export { len };
