/**
 * Methods and constructors of the core built-in types: object, type, int, float, bool, NoneType, the exception
 * hierarchy, function/method objects, property/staticmethod/classmethod, super.
 */
import { floatRepr } from '../format/float-repr';
import { bytesRepr } from '../format/str-repr';
import { E, err, typeError, valueError } from './exceptions';
import { classMethod, getter, method } from './natives';
import { floatToInt, intToFloat, intToStr, roundFloat, roundFloatToInt, roundInt } from './numeric';
import {
  NotImplemented,
  PyBytes,
  PyDict,
  PyException,
  PyList,
  PyNative,
  PyObject,
  PySuper,
  PyTuple,
  PyType,
  PyWrapper,
  T,
  typeOf,
  type KwArgs,
  type PyValue
} from './objects';
import {
  addressOf,
  PyBoundMethod,
  asBigInt,
  call,
  defaultRepr,
  iterToArray,
  eq,
  getAttrOpt,
  hash,
  newDict,
  newInstance,
  objectId,
  repr,
  reprType,
  str,
  toIndex,
  truthy,
  typeName,
  dictSet
} from './ops';

// ------------------------------------------------------------------------------------------------ object

method(T.object, '__init__', (a) => {
  const self = a[0]!;
  if (a.length > 1 && self instanceof PyObject) {
    const t = self.cls;
    const init = t.lookup('__init__');
    const nw = t.lookup('__new__');
    if (init instanceof PyNative && init.owner === T.object) {
      throw typeError(`${t.name}() takes no arguments`);
    }
    if (nw === undefined || nw instanceof PyNative) {
      throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    }
  }
  return null;
});
method(T.object, '__repr__', (a) => defaultRepr(a[0] as PyObject));
method(T.object, '__str__', (a) => repr(a[0]!));
method(T.object, '__format__', (a) => {
  if (a[1] !== '') throw typeError(`unsupported format string passed to ${typeName(a[0]!)}.__format__`);
  return str(a[0]!);
});
method(T.object, '__eq__', (a) => (a[0] === a[1] ? true : NotImplemented));
method(T.object, '__ne__', (a) => (a[0] === a[1] ? false : NotImplemented));
method(T.object, '__hash__', (a) => BigInt(objectId(a[0] as PyObject)));
method(T.object, '__setattr__', (a) => {
  const self = a[0] as PyObject;
  (self.dict ??= new Map()).set(a[1] as string, a[2]!);
  return null;
});
method(T.object, '__getattribute__', (a) => {
  const v = getAttrOpt(a[0]!, a[1] as string);
  if (v === undefined) throw err(E.AttributeError, `'${typeName(a[0]!)}' object has no attribute '${a[1] as string}'`);
  return v;
});
method(T.object, '__init_subclass__', () => null);
T.object.dict.set(
  '__new__',
  new PyWrapper(
    T.staticmethod,
    new PyNative(
      '__new__',
      (a, kw) => {
        const cls = a[0];
        if (!(cls instanceof PyType)) throw typeError('object.__new__(X): X is not a type object');
        return newInstance(cls, a.slice(1), kw);
      },
      T.object
    )
  )
);
// instantiate() needs to see object.__new__ as native: unwrap marker
T.object.dict.set('__new__', (T.object.dict.get('__new__') as PyWrapper).func);

// ------------------------------------------------------------------------------------------------ type

method(T.type, '__repr__', (a) => reprType(a[0] as PyType));
method(T.type, 'mro', (a) => new PyList((a[0] as PyType).mro.slice()));
method(T.type, '__subclasses__', () => new PyList([]));
T.type.ctor = (_cls, args) => {
  if (args.length === 1) return typeOf(args[0]!);
  throw typeError('type() with 3 arguments is not supported by aioscope');
};

// ------------------------------------------------------------------------------------------------ int / bool / float

function parseIntStr(s: string, base: number): bigint | null {
  let t = s.trim();
  let neg = false;
  if (t.startsWith('-') || t.startsWith('+')) {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  if (base === 0) {
    const p = t.slice(0, 2).toLowerCase();
    base = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 10;
    if (base === 10 && /^0+[0-9]/.test(t.replace(/_/g, '')) && /[1-9]/.test(t)) return null;
  }
  if (base === 16 && /^0[xX]/.test(t)) t = t.slice(2);
  else if (base === 8 && /^0[oO]/.test(t)) t = t.slice(2);
  else if (base === 2 && /^0[bB]/.test(t)) t = t.slice(2);
  if (t.startsWith('_')) t = t.slice(1);
  if (!t || /__/.test(t) || t.endsWith('_')) return null;
  t = t.replace(/_/g, '');
  let v = 0n;
  const B = BigInt(base);
  for (const ch of t) {
    let d: number;
    const c = ch.toLowerCase().charCodeAt(0);
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 87;
    else if (/\p{Nd}/u.test(ch)) d = Number.parseInt(ch.normalize('NFKD'), 10);
    else return null;
    if (Number.isNaN(d) || d >= base) return null;
    v = v * B + BigInt(d);
  }
  return neg ? -v : v;
}

export function toIntValue(v: PyValue, base?: PyValue): bigint {
  if (base !== undefined && base !== null) {
    if (typeof v !== 'string' && !(v instanceof PyBytes)) {
      throw typeError("int() can't convert non-string with explicit base");
    }
    const b = Number(toIndex(base));
    if ((b !== 0 && b < 2) || b > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
    const s = typeof v === 'string' ? v : new TextDecoder().decode((v as PyBytes).data);
    const r = parseIntStr(s, b);
    if (r === null) throw valueError(`invalid literal for int() with base ${b}: ${repr(s)}`);
    return r;
  }
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return floatToInt(v);
    case 'string': {
      const r = parseIntStr(v, 10);
      if (r === null) throw valueError(`invalid literal for int() with base 10: ${repr(v)}`);
      return r;
    }
  }
  if (v instanceof PyObject) {
    for (const name of ['__int__', '__index__', '__trunc__']) {
      const m = v.cls.lookup(name);
      if (m !== undefined && m !== null) {
        const r = call(m, [v]);
        const b = asBigInt(r);
        if (b !== null) return b;
        throw typeError(`${name} returned non-int (type ${typeName(r)})`);
      }
    }
  }
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

T.int.ctor = (_cls, a, kw) => {
  const base = kw?.get('base') ?? a[1];
  if (a.length === 0) return 0n;
  return toIntValue(a[0]!, base);
};
T.bool.ctor = (_cls, a) => (a.length ? truthy(a[0]!) : false);

export function toFloatValue(v: PyValue): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return intToFloat(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const t = v
        .trim()
        .replace(/(\d)_(?=\d)/g, '$1')
        .toLowerCase();
      const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
      if (m) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
      if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return Number(t);
      throw valueError(`could not convert string to float: ${repr(v)}`);
    }
  }
  if (v instanceof PyObject) {
    for (const name of ['__float__', '__index__']) {
      const m = v.cls.lookup(name);
      if (m !== undefined && m !== null) {
        const r = call(m, [v]);
        if (typeof r === 'number') return r;
        const b = asBigInt(r);
        if (b !== null) return intToFloat(b);
        throw typeError(`${typeName(v)}.${name} returned non-float (type ${typeName(r)})`);
      }
    }
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeName(v)}'`);
}
T.float.ctor = (_cls, a) => (a.length ? toFloatValue(a[0]!) : 0);

method(T.int, 'bit_length', (a) => {
  const v = asBigInt(a[0]!)!;
  return BigInt((v < 0n ? -v : v).toString(2).replace(/^0$/, '').length);
});
method(T.int, 'bit_count', (a) => {
  const v = asBigInt(a[0]!)!;
  return BigInt([...(v < 0n ? -v : v).toString(2)].filter((c) => c === '1').length);
});
method(T.int, 'conjugate', (a) => asBigInt(a[0]!)!);
method(T.int, 'is_integer', () => true);
method(T.int, '__index__', (a) => asBigInt(a[0]!)!);
method(T.int, '__int__', (a) => asBigInt(a[0]!)!);
method(T.int, '__float__', (a) => intToFloat(asBigInt(a[0]!)!));
method(T.int, '__repr__', (a) => intToStr(asBigInt(a[0]!)!));
method(T.int, '__hash__', (a) => hash(a[0]!));
method(T.int, '__round__', (a) =>
  roundInt(asBigInt(a[0]!)!, a[1] === undefined || a[1] === null ? undefined : toIndex(a[1]))
);
getter(T.int, 'real', (s) => asBigInt(s)!);
getter(T.int, 'imag', () => 0n);
getter(T.int, 'numerator', (s) => asBigInt(s)!);
getter(T.int, 'denominator', () => 1n);
method(T.bool, '__repr__', (a) => (a[0] ? 'True' : 'False'));
method(T.float, 'is_integer', (a) => Number.isInteger(a[0] as number));
method(T.float, '__repr__', (a) => floatRepr(a[0] as number));
method(T.float, '__int__', (a) => floatToInt(a[0] as number));
method(T.float, '__float__', (a) => a[0] as number);
method(T.float, '__hash__', (a) => hash(a[0]!));
method(T.float, 'conjugate', (a) => a[0]!);
method(T.float, 'as_integer_ratio', (a) => {
  let x = a[0] as number;
  if (!Number.isFinite(x))
    throw err(
      Number.isNaN(x) ? E.ValueError : E.OverflowError,
      `cannot convert ${Number.isNaN(x) ? 'NaN' : 'Infinity'} to integer ratio`
    );
  let d = 1n;
  while (!Number.isInteger(x)) {
    x *= 2;
    d *= 2n;
  }
  let n = BigInt(x);
  while (d > 1n && n % 2n === 0n) {
    n /= 2n;
    d /= 2n;
  }
  return new PyTuple([n, d]);
});
method(T.float, '__round__', (a) => {
  const x = a[0] as number;
  if (a[1] === undefined || a[1] === null) return roundFloatToInt(x);
  return roundFloat(x, toIndex(a[1]));
});
getter(T.float, 'real', (s) => s);
getter(T.float, 'imag', () => 0);
classMethod(T.float, 'fromhex', () => {
  throw err(E.NotImplementedError, 'float.fromhex is not supported by aioscope');
});

// ------------------------------------------------------------------------------------------------ exceptions

const BaseExc = E.BaseException;
method(BaseExc, '__init__', (a) => {
  const self = a[0] as PyException;
  self.args = new PyTuple(a.slice(1));
  return null;
});
method(BaseExc, '__repr__', (a) => {
  const self = a[0] as PyException;
  const items = self.args.items;
  const name = self.cls.name;
  if (items.length === 1) return `${name}(${repr(items[0]!)})`;
  return name + repr(self.args);
});
method(BaseExc, '__str__', (a) => {
  const self = a[0] as PyException;
  const items = self.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) return str(items[0]!);
  return repr(self.args);
});
method(E.KeyError, '__str__', (a) => {
  const self = a[0] as PyException;
  const items = self.args.items;
  if (items.length === 1) return repr(items[0]!);
  if (items.length === 0) return '';
  return repr(self.args);
});
getter(
  BaseExc,
  'args',
  (s) => (s as PyException).args,
  (s, v) => {
    (s as PyException).args = v instanceof PyTuple ? v : new PyTuple([v]);
  }
);
getter(
  BaseExc,
  '__cause__',
  (s) => (s as PyException).cause,
  (s, v) => {
    (s as PyException).cause = v;
    (s as PyException).suppressContext = true;
  }
);
getter(
  BaseExc,
  '__context__',
  (s) => (s as PyException).context,
  (s, v) => {
    (s as PyException).context = v;
  }
);
getter(
  BaseExc,
  '__suppress_context__',
  (s) => (s as PyException).suppressContext,
  (s, v) => {
    (s as PyException).suppressContext = truthy(v);
  }
);
getter(BaseExc, '__traceback__', (s) => ((s as PyException).tb.length ? new PyObject(T.object) : null));
getter(BaseExc, '__notes__', (s) => {
  const n = (s as PyException).notes;
  if (!n) throw err(E.AttributeError, `'${typeName(s)}' object has no attribute '__notes__'`);
  return new PyList(n);
});
method(BaseExc, 'with_traceback', (a) => a[0]!);
method(BaseExc, 'add_note', (a) => {
  const self = a[0] as PyException;
  if (typeof a[1] !== 'string') throw typeError(`note must be a str, not '${typeName(a[1]!)}'`);
  (self.notes ??= []).push(a[1]);
  return null;
});
getter(E.StopIteration, 'value', (s) => (s as PyException).args.items[0] ?? null);
getter(E.AttributeError, 'name', (s) => (s as PyException).dict?.get('name') ?? null);
getter(E.NameError, 'name', (s) => (s as PyException).dict?.get('name') ?? null);
getter(E.SystemExit, 'code', (s) => (s as PyException).args.items[0] ?? null);

// ExceptionGroup(msg, excs)
function egInit(a: PyValue[]): PyValue {
  const self = a[0] as PyException;
  const msg = a[1];
  const excs = a[2];
  if (typeof msg !== 'string') throw typeError(`argument 1 must be str, not ${typeName(msg ?? null)}`);
  if (!(excs instanceof PyList || excs instanceof PyTuple) || excs.items.length === 0) {
    throw valueError('second argument (exceptions) must be a non-empty sequence');
  }
  const allExc = excs.items.every((x) => x instanceof PyException && x.cls.isSubtypeOf(E.Exception));
  // BaseExceptionGroup(...) of plain Exceptions is an ExceptionGroup (CPython decides in __new__)
  if (self.cls === E.BaseExceptionGroup && allExc) self.cls = E.ExceptionGroup;
  else if (self.cls.isSubtypeOf(E.Exception) && !allExc)
    throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  self.args = new PyTuple([msg, excs instanceof PyList ? new PyList(excs.items.slice()) : excs]);
  (self.dict ??= new Map()).set('exceptions', new PyTuple(excs.items.slice()));
  self.dict.set('message', msg);
  return null;
}
method(E.BaseExceptionGroup, '__init__', egInit);
method(E.BaseExceptionGroup, '__str__', (a) => {
  const self = a[0] as PyException;
  const excs = self.dict?.get('exceptions') as PyTuple | undefined;
  const n = excs ? excs.items.length : 0;
  return `${str(self.args.items[0] ?? '')} (${n} sub-exception${n === 1 ? '' : 's'})`;
});
/** subgroup/split condition: an exception type, a tuple of types, or a predicate. */
function egMatcher(cond: PyValue): (e: PyException) => boolean {
  if (cond instanceof PyType) return (e) => e.cls.isSubtypeOf(cond);
  if (cond instanceof PyTuple) return (e) => cond.items.some((t) => t instanceof PyType && e.cls.isSubtypeOf(t));
  return (e) => !!call(cond, [e]);
}
/** The group's derive(): same message, new members; keeps cause, context, traceback and notes like CPython. */
function egDerive(self: PyException, items: PyValue[]): PyException {
  const allExc = items.every((x) => x instanceof PyException && x.cls.isSubtypeOf(E.Exception));
  const g = call(allExc ? E.ExceptionGroup : E.BaseExceptionGroup, [
    self.dict?.get('message') ?? '',
    new PyList(items)
  ]) as PyException;
  g.cause = self.cause;
  g.context = self.context;
  g.tb = self.tb;
  g.notes = self.notes;
  return g;
}
/** Splits a group recursively into [matching, rest] (null where empty), as BaseExceptionGroup.split does. */
function egSplit(self: PyException, match: (e: PyException) => boolean): [PyException | null, PyException | null] {
  if (match(self)) return [self, null];
  const yes: PyValue[] = [];
  const no: PyValue[] = [];
  const members = (self.dict?.get('exceptions') as PyTuple | undefined)?.items ?? [];
  for (const m of members) {
    if (!(m instanceof PyException)) continue;
    if (m.cls.isSubtypeOf(E.BaseExceptionGroup)) {
      const [a, b] = egSplit(m, match);
      if (a) yes.push(a);
      if (b) no.push(b);
    } else if (match(m)) yes.push(m);
    else no.push(m);
  }
  return [yes.length ? egDerive(self, yes) : null, no.length ? egDerive(self, no) : null];
}
method(E.BaseExceptionGroup, 'derive', (a) => egDerive(a[0] as PyException, iterToArray(a[1]!)));
method(E.BaseExceptionGroup, 'subgroup', (a) => egSplit(a[0] as PyException, egMatcher(a[1]!))[0]);
method(E.BaseExceptionGroup, 'split', (a) => new PyTuple(egSplit(a[0] as PyException, egMatcher(a[1]!))));
getter(E.BaseExceptionGroup, 'exceptions', (s) => (s as PyException).dict?.get('exceptions') ?? new PyTuple([]));
getter(E.BaseExceptionGroup, 'message', (s) => (s as PyException).dict?.get('message') ?? '');

// ------------------------------------------------------------------------------------------------ functions & methods

T.function.dictAllowed = true;
const fattr = (name: string, get: (f: PyObject & Record<string, unknown>) => PyValue) => {
  getter(
    T.function,
    name,
    (s) => get(s as PyObject & Record<string, unknown>),
    (s, v) => {
      const f = s as PyObject & Record<string, unknown>;
      if (name === '__name__' || name === '__qualname__') f[name === '__name__' ? 'name' : 'qualname'] = v;
      else (f.dict ??= new Map()).set(name, v);
    }
  );
};
fattr('__name__', (f) => f.name as string);
fattr('__qualname__', (f) => f.qualname as string);
fattr('__module__', (f) => (f.dict?.get('__module__') as string | undefined) ?? (f.module as string));
fattr('__doc__', (f) => f.dict?.get('__doc__') ?? null);
fattr('__defaults__', (f) => {
  const d = f.defaults as PyValue[];
  return d.length ? new PyTuple(d) : null;
});
fattr('__dict__', (f) => {
  const d = newDict();
  if (f.dict) for (const [k, v] of f.dict) dictSet(d, k, v);
  return d;
});
method(
  T.function,
  '__repr__',
  (a) => `<function ${(a[0] as unknown as { qualname: string }).qualname} at ${addressOf(a[0] as PyObject)}>`
);
method(T.function, '__get__', (a) => (a[1] === null ? a[0]! : new PyBoundMethod(a[1]!, a[0]!)));

getter(T.method, '__self__', (s) => (s as PyBoundMethod).self);
getter(T.method, '__func__', (s) => (s as PyBoundMethod).func);
getter(T.method, '__name__', (s) => getAttrOpt((s as PyBoundMethod).func, '__name__') ?? '');
getter(T.method, '__qualname__', (s) => getAttrOpt((s as PyBoundMethod).func, '__qualname__') ?? '');
method(T.method, '__repr__', (a) => {
  const m = a[0] as PyBoundMethod;
  const f = m.func;
  if (f instanceof PyNative) {
    return `<built-in method ${f.name} of ${typeName(m.self)} object at ${m.self instanceof PyObject ? addressOf(m.self) : '0x0'}>`;
  }
  const q = getAttrOpt(f, '__qualname__') ?? '?';
  return `<bound method ${str(q)} of ${repr(m.self)}>`;
});
method(T.builtin_function_or_method, '__repr__', (a) => {
  const f = a[0] as PyNative;
  if (f.owner) return `<method '${f.name}' of '${f.owner.name}' objects>`;
  return `<built-in function ${f.name}>`;
});
getter(T.builtin_function_or_method, '__name__', (s) => (s as PyNative).name);
getter(T.builtin_function_or_method, '__qualname__', (s) => (s as PyNative).qualname);

// property / staticmethod / classmethod
T.property.ctor = (_c, a, kw) => {
  const p = new PyWrapper(T.property, kw?.get('fget') ?? a[0] ?? null);
  p.fset = kw?.get('fset') ?? a[1] ?? null;
  p.fdel = kw?.get('fdel') ?? a[2] ?? null;
  return p;
};
const propCopy = (p: PyWrapper, which: 'func' | 'fset' | 'fdel', f: PyValue) => {
  const q = new PyWrapper(T.property, p.func);
  q.fset = p.fset;
  q.fdel = p.fdel;
  q[which] = f;
  return q;
};
method(T.property, 'setter', (a) => propCopy(a[0] as PyWrapper, 'fset', a[1]!));
method(T.property, 'getter', (a) => propCopy(a[0] as PyWrapper, 'func', a[1]!));
method(T.property, 'deleter', (a) => propCopy(a[0] as PyWrapper, 'fdel', a[1]!));
getter(T.property, 'fget', (s) => (s as PyWrapper).func);
getter(T.property, '__isabstractmethod__', () => false);
T.staticmethod.ctor = (_c, a) => new PyWrapper(T.staticmethod, a[0]!);
T.classmethod.ctor = (_c, a) => new PyWrapper(T.classmethod, a[0]!);
getter(T.staticmethod, '__func__', (s) => (s as PyWrapper).func);
getter(T.classmethod, '__func__', (s) => (s as PyWrapper).func);
method(T.staticmethod, '__call__', (a, kw) => call((a[0] as PyWrapper).func, a.slice(1), kw));

T.super.ctor = (_c, a) => {
  if (a.length !== 2 || !(a[0] instanceof PyType)) throw err(E.RuntimeError, 'super(): no arguments');
  return new PySuper(a[0], a[1]!);
};
method(T.super, '__repr__', (a) => {
  const s = a[0] as PySuper;
  return `<super: <class '${s.thisType.name}'>, <${typeName(s.self)} object>>`;
});

method(T.NoneType, '__repr__', () => 'None');
method(T.bytes, '__repr__', (a) => bytesRepr((a[0] as PyBytes).data));
method(T.bytes, 'decode', (a) => new TextDecoder().decode((a[0] as PyBytes).data));
method(T.bytes, '__len__', (a) => BigInt((a[0] as PyBytes).data.length));
T.NoneType.ctor = () => null;
method(T.NotImplementedType, '__repr__', () => 'NotImplemented');
method(T.ellipsis, '__repr__', () => 'Ellipsis');
method(T.module, '__repr__', (a) => {
  const m = a[0] as PyObject & { name: string };
  return m.name === '__main__' ? "<module '__main__'>" : `<module '${m.name}' (built-in)>`;
});

/** kwargs helper for types defined elsewhere. */
export function kwGet(kw: KwArgs, name: string): PyValue | undefined {
  return kw ? kw.get(name) : undefined;
}

export { eq, PyDict };
