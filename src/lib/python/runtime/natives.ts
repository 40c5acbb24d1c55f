/**
 * Helpers to define functions and methods written in JS, with CPython's argument-count error messages.
 */
import { typeError } from './exceptions';
import { PyNative, PyWrapper, T, type KwArgs, type NativeFn, type PyType, type PyValue } from './objects';

/** Defines a method on a built-in type. The native receives args with args[0] = self. */
export function method(t: PyType, name: string, fn: NativeFn): PyNative {
  const m = new PyNative(name, fn, t, T.builtin_function_or_method);
  t.dict.set(name, m);
  return m;
}

/** Defines a read-only (or settable) attribute computed in JS. */
export function getter(
  t: PyType,
  name: string,
  get: (self: PyValue) => PyValue,
  set?: (self: PyValue, v: PyValue) => void
): void {
  const p = new PyWrapper(T.property, new PyNative(name, (a) => get(a[0]!), t));
  if (set) {
    p.fset = new PyNative(
      name,
      (a) => {
        set(a[0]!, a[1]!);
        return null;
      },
      t
    );
  }
  t.dict.set(name, p);
}

export function classMethod(t: PyType, name: string, fn: NativeFn): void {
  t.dict.set(name, new PyWrapper(T.classmethod, new PyNative(name, fn, null)));
}

export function staticMethod(t: PyType, name: string, fn: NativeFn): void {
  t.dict.set(name, new PyWrapper(T.staticmethod, new PyNative(name, fn, null)));
}

/** A builtin function (not bound to anything). */
export function fn(name: string, f: NativeFn): PyNative {
  return new PyNative(name, f, null);
}

export function noKw(name: string, kw: KwArgs): void {
  if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
}

/** Positional argument count check for methods (self excluded): CPython's wording. */
export function nargs(name: string, a: PyValue[], min: number, max: number, self = 1): void {
  const n = a.length - self;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * Binds positional + keyword arguments of a native to named parameters: returns values in `names` order
 * (undefined = not given). `start` skips self.
 */
export function bindKw(
  fname: string,
  a: PyValue[],
  kw: KwArgs,
  names: string[],
  start = 0,
  posMax = names.length
): (PyValue | undefined)[] {
  const out: (PyValue | undefined)[] = new Array(names.length);
  const n = a.length - start;
  if (n > posMax) {
    throw typeError(`${fname}() takes at most ${posMax} positional argument${posMax === 1 ? '' : 's'} (${n} given)`);
  }
  for (let i = 0; i < n; i++) out[i] = a[i + start];
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
      if (out[i] !== undefined)
        throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  return out;
}
