/**
 * The engine's Host (contract.ts) implemented on the Python object model.
 */
import type { EngineCheckType, EngineErrorType, ExceptionContext, Host } from '../../engine';
import { E, err } from '../runtime/exceptions';
import { liveAsyncgens } from './liveness';
import { PyException, PyList, PyObject, PyTuple, type PyType, type PyValue } from '../runtime/objects';
import { lt, repr, truthy } from '../runtime/ops';
import { eventLine, state } from './frame';

export const jsValueHooks = {
  /** Converts engine-side values (JS arrays of results, Futures) into Python values. */
  fromEngine: (v: unknown): PyValue => v as PyValue,
  exceptionHandler: (ctx: ExceptionContext): void => {
    void ctx;
  }
};

export function makeHost(): Host {
  return {
    makeError(type: EngineErrorType, message?: string | null, exceptions?: unknown[]): unknown {
      const t = (E as Record<string, PyType>)[type];
      if (type === 'ExceptionGroup' || type === 'BaseExceptionGroup') {
        const excs = new PyTuple((exceptions ?? []) as PyValue[]);
        // ExceptionGroup of only Exceptions; BaseExceptionGroup when one is not an Exception
        const onlyExc = excs.items.every((x) => x instanceof PyException && x.cls.isSubtypeOf(E.Exception));
        const et = onlyExc ? E.ExceptionGroup : E.BaseExceptionGroup;
        const e = new PyException(et, [message ?? '', new PyList(excs.items.slice())]);
        e.dict = new Map<string, PyValue>([
          ['exceptions', excs],
          ['message', message ?? '']
        ]);
        return e;
      }
      if (!t) return err(E.RuntimeError, message ?? '');
      return message === undefined || message === null ? new PyException(t, []) : new PyException(t, [message]);
    },
    isPythonException(e: unknown): boolean {
      return e instanceof PyException;
    },
    isInstance(e: unknown, type: EngineCheckType): boolean {
      return e instanceof PyException && e.cls.isSubtypeOf((E as Record<string, PyType>)[type]!);
    },
    cancelMessage(e: unknown): string | null {
      if (!(e instanceof PyException)) return null;
      const a = e.args.items;
      return a.length === 1 && typeof a[0] === 'string' ? a[0] : a.length === 1 ? repr(a[0]!) : null;
    },
    setCause(e: unknown, cause: unknown): void {
      if (e instanceof PyException) {
        e.cause = cause as PyValue;
        e.suppressContext = true;
      }
    },
    setContext(e: unknown, context: unknown): void {
      if (e instanceof PyException && e !== context) e.context = context as PyValue;
    },
    repr(value: unknown): string {
      return repr(jsValueHooks.fromEngine(value));
    },
    typeName(e: unknown): string {
      return e instanceof PyObject ? e.cls.name : typeof e;
    },
    currentLine(): number | null {
      return eventLine();
    },
    callbackStarted(): void {
      state.totalSteps += state.steps;
      state.steps = 0;
    },
    lessThan(a: unknown, b: unknown): boolean {
      return lt(a as PyValue, b as PyValue);
    },
    truthy(v: unknown): boolean {
      return truthy(v as PyValue);
    },
    exceptionHandler(ctx: ExceptionContext): void {
      jsValueHooks.exceptionHandler(ctx);
    },
    getContext(e: unknown): unknown {
      return e instanceof PyException ? e.context : null;
    },
    liveAsyncgens(gens: object[]): object[] {
      return liveAsyncgens(gens);
    }
  };
}
