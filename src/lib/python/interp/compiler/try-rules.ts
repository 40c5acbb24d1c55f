/**
 * The rules of try/except/finally and with that the plain and the generator path share.
 */
import { E, typeError } from '../../runtime/exceptions';
import { PyException, PyList, PyTuple, PyType, typeOf, type PyValue } from '../../runtime/objects';
import { call, callMethod } from '../../runtime/ops';
import { state, type Frame } from '../frame';
import { NORMAL, RETURN, type Ev } from '../function';
import { NONE_EXC, type Setter } from './helpers';

/** A compiled except clause: the type to match (null: a bare `except:`), the `as` name, the body (plain closure or
 * generator). */
export interface Handler<B> {
  match: Ev | null;
  set: Setter | null;
  del: ((f: Frame) => void) | null;
  body: B;
}

/** What the try body raised, when handlers may see it: anything but a Python exception (a budget stop …) passes. */
export function catchable(e: unknown, handlers: number): PyException {
  if (!(e instanceof PyException) || handlers === 0) throw e;
  return e;
}

/** The clause that handles `e`: the first whose type matches (a bare `except:` matches everything); null if none. */
export function handlerFor<B>(hs: Handler<B>[], f: Frame, e: PyException): Handler<B> | null {
  for (const h of hs) if (h.match === null || excMatches(e, h.match(f))) return h;
  return null;
}

/** While an except clause runs, `e` is what its frame handles (bare `raise`, implicit __context__) and is bound to the
 * `as` name. Returns the exception handled before, for leaveHandler. */
export function enterHandler<B>(h: Handler<B>, f: Frame, e: PyException): PyException | null {
  const prev = f.exc;
  f.exc = e;
  if (h.set) h.set(f, e);
  return prev;
}

/** After an except clause: the exception handled before is back, and the `as` name is deleted (as CPython does). */
export function leaveHandler<B>(h: Handler<B>, f: Frame, prev: PyException | null): void {
  f.exc = prev;
  if (h.del) h.del(f);
}

/** Before a finally clause: the exception on its way out (if any) is what the clause handles. Returns the previous. */
export function enterFinally(f: Frame, pending: unknown): PyException | null {
  const prev = f.exc;
  if (pending !== NONE_EXC) f.exc = pending as PyException;
  return prev;
}

/** After a finally clause that completed with `fr`: its own break/continue/return wins; else the pending exception
 * goes on; else the try statement's completion `r` stands, with the return value finally may have overwritten. */
export function afterFinally(f: Frame, fr: number, pending: unknown, r: number, savedRet: PyValue): number {
  if (fr !== NORMAL) return fr;
  if (pending !== NONE_EXC) throw pending;
  if (r === RETURN) f.ret = savedRet;
  return r;
}

/** The `__enter__`/`__exit__` (or `__aenter__`/`__aexit__`) of a context manager, or the TypeError CPython raises. */
export function contextMethods(mgr: PyValue, isAsync: boolean): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup(isAsync ? '__aenter__' : '__enter__');
  const exit = t.lookup(isAsync ? '__aexit__' : '__exit__');
  if (enter === undefined || exit === undefined) {
    const what = isAsync ? 'the asynchronous context manager protocol' : 'the context manager protocol';
    throw typeError(`'${t.name}' object does not support ${what}${missedMethod(enter, exit, isAsync)}`);
  }
  return [enter, exit];
}

/**
 * except* bookkeeping: each clause takes the part of the group its type matches (BaseExceptionGroup.split), in
 * order; what no clause took is re-raised, exceptions raised by the clauses are raised together in a new
 * ExceptionGroup (a single one as is). A naked exception is matched whole, as ExceptionGroup('', (exc,)).
 */
export class StarMatch {
  readonly naked: boolean;
  rest: PyValue;
  readonly raised: PyValue[] = [];
  constructor(readonly e: PyException) {
    this.naked = !e.cls.isSubtypeOf(E.BaseExceptionGroup);
    this.rest = e;
    if (this.naked) {
      const g = call(e.cls.isSubtypeOf(E.Exception) ? E.ExceptionGroup : E.BaseExceptionGroup, ['', new PyTuple([e])]);
      (g as PyException).tb = e.tb;
      this.rest = g;
    }
  }
  /** The part of what is left that `t` matches (null = none; then the clause does not run). */
  take(t: PyValue): PyException | null {
    const types = t instanceof PyTuple ? t.items : [t];
    if (types.some((x) => x instanceof PyType && x.isSubtypeOf(E.BaseExceptionGroup))) {
      throw typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
    }
    if (this.naked) {
      if (!excMatches(this.e, t)) return null;
      const m = this.rest as PyException;
      this.rest = null;
      return m;
    }
    const parts = callMethod(this.rest, 'split', [t]) as PyTuple;
    this.rest = parts.items[1]!;
    return parts.items[0] as PyException | null;
  }
  fail(x: unknown): void {
    if (!(x instanceof PyException)) throw x;
    this.raised.push(x);
  }
  finish(): number {
    if (this.raised.length === 0) {
      if (this.rest === null) return NORMAL;
      throw this.naked ? this.e : this.rest;
    }
    if (this.rest !== null) this.raised.push(this.rest);
    if (this.raised.length === 1) throw this.raised[0];
    const group = call(E.ExceptionGroup, ['', new PyList(this.raised)]) as PyException;
    group.context = this.e;
    throw group;
  }
}

/** 3.14 names the first missing method of a (async) context manager: " (missed __exit__ method)". */
export function missedMethod(enter: PyValue | undefined, exit: PyValue | undefined, isAsync = false): string {
  if (!state.features.rewordedMessages) return '';
  const a = isAsync ? 'a' : '';
  return ` (missed __${a}${exit === undefined ? 'exit' : 'enter'}__ method)`;
}

export function excMatches(e: PyException, t: PyValue): boolean {
  if (t instanceof PyType) {
    if (!t.isSubtypeOf(E.BaseException))
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    return e.cls.isSubtypeOf(t);
  }
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(e, x));
  throw typeError('catching classes that do not inherit from BaseException is not allowed');
}
