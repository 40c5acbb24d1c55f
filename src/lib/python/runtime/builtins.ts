/**
 * The builtins module: functions, types and exceptions visible in every module without import.
 * Output goes through `io` (set by the session: trace print events, stdout/stderr buffers, worker threads).
 */
import { intBin, intHex, intOct } from '../format/int-str';
import './core-types';
import './str-methods';
import './containers';
import './set-order';
import { BUILTIN_EXCEPTION_NAMES, E, err, typeError, valueError } from './exceptions';
import { formatValue, asciiRepr } from './format';
import { bindKw, fn, nargs } from './natives';
import { intDivmod, floatDivmod, roundFloat, roundFloatToInt, roundInt, intPow } from './numeric';
import {
  Ellipsis,
  NotImplemented,
  PyDict,
  PyRange,
  PyException,
  PyIter,
  PyJsIter,
  PyList,
  PyModule,
  PyObject,
  PyTuple,
  PyType,
  STOP,
  T,
  typeOf,
  type KwArgs,
  type PyValue
} from './objects';
import {
  asBigInt,
  binop,
  call,
  delAttr,
  getAttrOpt,
  getIter,
  hash,
  isCallable,
  isInstanceOf,
  isSubclassOf,
  iterNext,
  iterToArray,
  len,
  lt,
  newDict,
  noAttr,
  objectId,
  repr,
  setAttr,
  str,
  toIndex,
  truthy,
  typeName,
  dictSet
} from './ops';
import { sortList } from './containers';
import { state } from './py-runtime';

/** sys.stdout / sys.stderr objects: print(file=...) recognises them by identity. */
export const stdoutObj = new PyObject(T.object);
export const stderrObj = new PyObject(T.object);

/** sys.stdout.write / sys.stderr.write (and flush): write returns the number of characters written. */
for (const [obj, stream] of [
  [stdoutObj, 'stdout'],
  [stderrObj, 'stderr']
] as const) {
  obj.dict = new Map<string, PyValue>([
    [
      'write',
      fn('write', (a) => {
        const t = a[0];
        if (typeof t !== 'string') throw typeError(`write() argument must be str, not ${typeName(t ?? null)}`);
        state.write(t, stream);
        return BigInt([...t].length);
      })
    ],
    ['flush', fn('flush', () => null)]
  ]);
}

export const builtins = new Map<string, PyValue>();
const def = (name: string, f: (a: PyValue[], kw: KwArgs) => PyValue) => builtins.set(name, fn(name, f));

def('print', (a, kw) => {
  let sep = ' ';
  let end = '\n';
  let file: PyValue = null;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'sep') {
        if (v !== null && typeof v !== 'string') throw typeError(`sep must be None or a string, not ${typeName(v)}`);
        sep = v ?? ' ';
      } else if (k === 'end') {
        if (v !== null && typeof v !== 'string') throw typeError(`end must be None or a string, not ${typeName(v)}`);
        end = v ?? '\n';
      } else if (k === 'file') file = v;
      else if (k === 'flush') continue;
      else throw typeError(`'${k}' is an invalid keyword argument for print()`);
    }
  }
  let text = '';
  for (let i = 0; i < a.length; i++) {
    if (i) text += sep;
    const v = a[i]!;
    text += typeof v === 'string' ? v : str(v);
  }
  text += end;
  if (file === null || file === stdoutObj) state.write(text, 'stdout');
  else if (file === stderrObj) state.write(text, 'stderr');
  else {
    const w = getAttrOpt(file, 'write');
    if (w === undefined) throw err(E.AttributeError, `'${typeName(file)}' object has no attribute 'write'`);
    call(w, [text]);
  }
  return null;
});

def('len', (a) => {
  nargs('len', a, 1, 1, 0);
  return BigInt(len(a[0]!));
});
def('repr', (a) => repr(a[0]!));
def('ascii', (a) => asciiRepr(a[0]!));
def('abs', (a) => {
  nargs('abs', a, 1, 1, 0);
  const v = a[0]!;
  if (typeof v === 'bigint') return v < 0n ? -v : v;
  if (typeof v === 'number') return Math.abs(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  const m = typeOf(v).lookup('__abs__');
  if (m === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return call(m, [v]);
});
def('round', (a, kw) => {
  const [x, nd] = bindKw('round', a, kw, ['number', 'ndigits']);
  const v = x!;
  const ndigits = nd === undefined || nd === null ? null : toIndex(nd);
  if (typeof v === 'number') return ndigits === null ? roundFloatToInt(v) : roundFloat(v, ndigits);
  const b = asBigInt(v);
  if (b !== null) return ndigits === null ? b : roundInt(b, ndigits);
  const m = typeOf(v).lookup('__round__');
  if (m === undefined) throw typeError(`type ${typeName(v)} doesn't define __round__ method`);
  return call(m, ndigits === null ? [v] : [v, ndigits]);
});
def('divmod', (a) => {
  nargs('divmod', a, 2, 2, 0);
  const [x, y] = a as [PyValue, PyValue];
  const bx = asBigInt(x);
  const by = asBigInt(y);
  if (bx !== null && by !== null) return new PyTuple(intDivmod(bx, by));
  if ((typeof x === 'number' || bx !== null) && (typeof y === 'number' || by !== null)) {
    return new PyTuple(floatDivmod(Number(x), Number(y)));
  }
  return new PyTuple([binop('//', x, y), binop('%', x, y)]);
});
def('pow', (a, kw) => {
  const [b, e, m] = bindKw('pow', a, kw, ['base', 'exp', 'mod']);
  if (m !== undefined && m !== null) {
    let base = toIndex(b!);
    let ex = toIndex(e!);
    const mod = toIndex(m);
    if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
    if (ex < 0n) throw valueError('base is not invertible for the given modulus');
    let r = 1n;
    base = ((base % mod) + mod) % mod;
    while (ex > 0n) {
      if (ex & 1n) r = (r * base) % mod;
      base = (base * base) % mod;
      ex >>= 1n;
    }
    return mod < 0n && r > 0n ? r + mod : r;
  }
  const bb = asBigInt(b!);
  const be = asBigInt(e!);
  if (bb !== null && be !== null) return intPow(bb, be);
  return binop('**', b!, e!);
});
def('min', (a, kw) => minmax('min', a, kw, false));
def('max', (a, kw) => minmax('max', a, kw, true));
function minmax(name: string, a: PyValue[], kw: KwArgs, isMax: boolean): PyValue {
  let key: PyValue | undefined;
  let dflt: PyValue | undefined;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  let items: PyValue[];
  if (a.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
  if (a.length === 1) items = iterToArray(a[0]!);
  else {
    if (dflt !== undefined)
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = a;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw valueError(
      state.features.rewordedMessages ? `${name}() iterable argument is empty` : `${name}() arg is an empty sequence`
    );
  }
  const k = key === undefined || key === null ? null : key;
  let best = items[0]!;
  let bestK = k ? call(k, [best]) : best;
  for (let i = 1; i < items.length; i++) {
    const v = items[i]!;
    const kv = k ? call(k, [v]) : v;
    if (isMax ? lt(bestK, kv) : lt(kv, bestK)) {
      best = v;
      bestK = kv;
    }
  }
  return best;
}
def('sum', (a, kw) => {
  const [it, startArg] = bindKw('sum', a, kw, ['iterable', 'start']);
  let acc: PyValue = startArg ?? 0n;
  if (typeof acc === 'string') throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const items = iterToArray(it!);
  // CPython 3.12+ sums floats with Neumaier compensation; 3.11 adds plainly.
  if (state.features.compensatedSum) {
    let i = 0;
    while (
      i < items.length &&
      (typeof acc === 'bigint' || typeof acc === 'boolean') &&
      (typeof items[i] === 'bigint' || typeof items[i] === 'boolean')
    ) {
      acc = (asBigInt(acc) as bigint) + (asBigInt(items[i]!) as bigint);
      i++;
    }
    if (i < items.length && (typeof acc === 'number' || typeof acc === 'bigint') && typeof items[i] === 'number') {
      let s = Number(acc);
      let c = 0;
      for (; i < items.length; i++) {
        const x = items[i]!;
        let xf: number;
        if (typeof x === 'number') xf = x;
        else if (typeof x === 'bigint' && x >= -(2n ** 53n) && x <= 2n ** 53n) xf = Number(x);
        else break;
        const t = s + xf;
        if (Math.abs(s) >= Math.abs(xf)) c += s - t + xf;
        else c += xf - t + s;
        s = t;
      }
      acc = c !== 0 && Number.isFinite(c) ? s + c : s;
    }
    for (; i < items.length; i++) acc = binop('+', acc, items[i]!);
    return acc;
  }
  for (const x of items) acc = binop('+', acc, x);
  return acc;
});
def('any', (a) => {
  const it = getIter(a[0]!);
  for (let x = it.next(); x !== STOP; x = it.next()) if (truthy(x)) return true;
  return false;
});
def('all', (a) => {
  const it = getIter(a[0]!);
  for (let x = it.next(); x !== STOP; x = it.next()) if (!truthy(x)) return false;
  return true;
});
def('sorted', (a, kw) => {
  if (a.length !== 1) throw typeError(`sorted expected 1 argument, got ${a.length}`);
  const [key, rev] = bindKw('sorted', [], kw, ['key', 'reverse']);
  const items = iterToArray(a[0]!);
  sortList(items, key, rev !== undefined && truthy(rev));
  return new PyList(items);
});
def('reversed', (a) => {
  nargs('reversed', a, 1, 1, 0);
  const v = a[0]!;
  const m = typeOf(v).lookup('__reversed__');
  if (m !== undefined) return call(m, [v]);
  if (
    v instanceof PyTuple ||
    v instanceof PyRange ||
    v instanceof PyDict ||
    typeof v === 'string' ||
    typeOf(v).lookup('__getitem__') !== undefined
  ) {
    const items = iterToArray(v).reverse();
    return new PyJsIter(items[Symbol.iterator](), T.reversed);
  }
  throw typeError(`'${typeName(v)}' object is not reversible`);
});
def('enumerate', (a, kw) => {
  const [it, start] = bindKw('enumerate', a, kw, ['iterable', 'start']);
  const src = getIter(it!);
  let i = start === undefined ? 0n : toIndex(start);
  return new PyJsIter(
    (function* () {
      for (let x = src.next(); x !== STOP; x = src.next()) yield new PyTuple([i++, x]);
    })(),
    T.enumerate
  );
});
def('zip', (a, kw) => {
  const strict = kw?.get('strict');
  const its = a.map((x) => getIter(x));
  return new PyJsIter(
    (function* () {
      if (its.length === 0) return;
      for (;;) {
        const row: PyValue[] = [];
        for (let i = 0; i < its.length; i++) {
          const x = its[i]!.next();
          if (x === STOP) {
            if (strict !== undefined && truthy(strict)) {
              if (i > 0)
                throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? `s 1-${i}` : ' 1'}`);
              for (let j = 1; j < its.length; j++) {
                if (its[j]!.next() !== STOP)
                  throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? `s 1-${j}` : ' 1'}`);
              }
            }
            return;
          }
          row.push(x);
        }
        yield new PyTuple(row);
      }
    })(),
    T.zip
  );
});
def('map', (a) => {
  if (a.length < 2) throw typeError('map() must have at least two arguments.');
  const f = a[0]!;
  const its = a.slice(1).map((x) => getIter(x));
  return new PyJsIter(
    (function* () {
      for (;;) {
        const args: PyValue[] = [];
        for (const it of its) {
          const x = it.next();
          if (x === STOP) return;
          args.push(x);
        }
        yield call(f, args);
      }
    })(),
    T.map
  );
});
def('filter', (a) => {
  nargs('filter', a, 2, 2, 0);
  const f = a[0]!;
  const it = getIter(a[1]!);
  return new PyJsIter(
    (function* () {
      for (let x = it.next(); x !== STOP; x = it.next()) if (f === null ? truthy(x) : truthy(call(f, [x]))) yield x;
    })(),
    T.filter
  );
});
def('iter', (a) => {
  if (a.length === 2) {
    const f = a[0]!;
    const sentinel = a[1]!;
    return new PyJsIter(
      (function* () {
        for (;;) {
          const v = call(f, []);
          if (v === sentinel || (typeof v !== 'object' && v === sentinel)) return;
          yield v;
        }
      })(),
      T.iterator
    );
  }
  return getIter(a[0]!);
});
def('next', (a) => {
  nargs('next', a, 1, 2, 0);
  const it = a[0]!;
  if (!(it instanceof PyIter) && typeOf(it).lookup('__next__') === undefined) {
    throw typeError(`'${typeName(it)}' object is not an iterator`);
  }
  const v = iterNext(it);
  if (v === STOP) {
    if (a.length > 1) return a[1]!;
    const rv = (it as { returnValue?: PyValue }).returnValue;
    throw new PyException(E.StopIteration, rv !== undefined && rv !== null ? [rv] : []);
  }
  return v;
});
def('isinstance', (a) => {
  nargs('isinstance', a, 2, 2, 0);
  return isInstanceOf(a[0]!, a[1]!);
});
def('issubclass', (a) => {
  nargs('issubclass', a, 2, 2, 0);
  return isSubclassOf(a[0]!, a[1]!);
});
def('hasattr', (a) => {
  nargs('hasattr', a, 2, 2, 0);
  if (typeof a[1] !== 'string') throw typeError('attribute name must be string');
  try {
    return getAttrOpt(a[0]!, a[1]) !== undefined;
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(E.AttributeError)) return false;
    throw e;
  }
});
def('getattr', (a) => {
  nargs('getattr', a, 2, 3, 0);
  if (typeof a[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(a[1]!)}'`);
  let v: PyValue | undefined;
  try {
    v = getAttrOpt(a[0]!, a[1]);
  } catch (e) {
    if (a.length > 2 && e instanceof PyException && e.cls.isSubtypeOf(E.AttributeError)) return a[2]!;
    throw e;
  }
  if (v === undefined) {
    if (a.length > 2) return a[2]!;
    throw noAttr(a[0]!, a[1]);
  }
  return v;
});
def('setattr', (a) => {
  nargs('setattr', a, 3, 3, 0);
  if (typeof a[1] !== 'string') throw typeError(`attribute name must be string, not '${typeName(a[1]!)}'`);
  setAttr(a[0]!, a[1], a[2]!);
  return null;
});
def('delattr', (a) => {
  delAttr(a[0]!, a[1] as string);
  return null;
});
def('callable', (a) => isCallable(a[0]!));
def('id', (a) => {
  const v = a[0]!;
  if (v instanceof PyObject) return BigInt(0x7f0000000000 + objectId(v) * 0x40);
  return hash(v) & 0xffffffffffffn;
});
def('hash', (a) => hash(a[0]!));
def('chr', (a) => {
  const n = toIndex(a[0]!);
  if (n < 0n || n > 0x10ffffn) throw valueError('chr() arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
});
def('ord', (a) => {
  const s = a[0];
  if (typeof s !== 'string') throw typeError(`ord() expected string of length 1, but ${typeName(s ?? null)} found`);
  const cps = Array.from(s);
  if (cps.length !== 1) throw typeError(`ord() expected a character, but string of length ${cps.length} found`);
  return BigInt(cps[0]!.codePointAt(0)!);
});
def('hex', (a) => intHex(toIndex(a[0]!)));
def('bin', (a) => intBin(toIndex(a[0]!)));
def('oct', (a) => intOct(toIndex(a[0]!)));
def('format', (a) => formatValue(a[0]!, a.length > 1 ? (a[1] as string) : ''));
def('vars', (a) => {
  const o = a[0];
  if (o instanceof PyObject) {
    const d = newDict();
    const src = o instanceof PyType || o instanceof PyModule ? o.dict : o.dict;
    if (src) for (const [k, v] of src) dictSet(d, k, v);
    return d;
  }
  throw typeError('vars() argument must have __dict__ attribute');
});
def('dir', (a) => {
  const o = a[0]!;
  const names = new Set<string>();
  if (o instanceof PyObject && o.dict) for (const k of o.dict.keys()) names.add(k);
  for (const t of typeOf(o).mro) for (const k of t.dict.keys()) names.add(k);
  return new PyList([...names].sort());
});
def('input', () => {
  throw err(E.EOFError, 'EOF when reading a line');
});
def('open', (a) => {
  throw err(E.FileNotFoundError, `[Errno 2] No such file or directory: ${repr(a[0] ?? '')}`);
});
def('exit', (a) => {
  throw new PyException(E.SystemExit, a.length ? [a[0]!] : []);
});
builtins.set('quit', builtins.get('exit')!);
def('aiter', (a) => {
  const v = a[0]!;
  const m = typeOf(v).lookup('__aiter__');
  if (m === undefined) throw typeError(`'${typeName(v)}' object is not an async iterable`);
  return call(m, [v]);
});
def('anext', (a) => {
  const v = a[0]!;
  const m = typeOf(v).lookup('__anext__');
  if (m === undefined) throw typeError(`'${typeName(v)}' object is not an async iterator`);
  return call(m, [v]);
});
def('globals', () => {
  throw err(E.NotImplementedError, 'globals() is not supported by aioscope');
});
def('locals', () => {
  throw err(E.NotImplementedError, 'locals() is not supported by aioscope');
});

for (const [name, t] of Object.entries({
  int: T.int,
  float: T.float,
  str: T.str,
  bool: T.bool,
  list: T.list,
  tuple: T.tuple,
  dict: T.dict,
  set: T.set,
  frozenset: T.frozenset,
  range: T.range,
  slice: T.slice,
  object: T.object,
  type: T.type,
  property: T.property,
  staticmethod: T.staticmethod,
  classmethod: T.classmethod,
  super: T.super,
  bytes: T.bytes
})) {
  builtins.set(name, t);
}
builtins.set('None', null);
builtins.set('True', true);
builtins.set('False', false);
builtins.set('NotImplemented', NotImplemented);
builtins.set('Ellipsis', Ellipsis);
for (const n of BUILTIN_EXCEPTION_NAMES) builtins.set(n, E[n]);
builtins.set('EnvironmentError', E.OSError);
builtins.set('IOError', E.OSError);

T.bytes.ctor = () => {
  throw typeError('bytes() is not supported by aioscope');
};

export { iterToArray };
