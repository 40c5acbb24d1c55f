import type { EngineCheckType, EngineErrorType, Host } from '../../../src/lib/engine/contract';

/** A Python exception as plain JS data (engine tests only). */
export class PyExc {
  cause: unknown = undefined;
  context: unknown = null;
  suppressContext = false;
  constructor(
    readonly type: string,
    readonly args: unknown[],
    readonly exceptions: unknown[] = []
  ) {}
}

/** Python's exception hierarchy, as far as the engine's tests need it (child → parent). */
const PARENT: Record<string, string> = {
  BaseException: '',
  Exception: 'BaseException',
  CancelledError: 'BaseException',
  KeyboardInterrupt: 'BaseException',
  SystemExit: 'BaseException',
  GeneratorExit: 'BaseException',
  BaseExceptionGroup: 'BaseException',
  ExceptionGroup: 'BaseExceptionGroup',
  TimeoutError: 'OSError',
  OSError: 'Exception',
  InvalidStateError: 'Exception',
  QueueEmpty: 'Exception',
  QueueFull: 'Exception',
  QueueShutDown: 'Exception',
  RuntimeError: 'Exception',
  ValueError: 'Exception',
  TypeError: 'Exception',
  StopIteration: 'Exception',
  ZeroDivisionError: 'ArithmeticError',
  ArithmeticError: 'Exception',
  KeyError: 'LookupError',
  LookupError: 'Exception'
};

export function isSubclass(t: string, of: string): boolean {
  for (let c: string | undefined = t; c; c = PARENT[c]) if (c === of) return true;
  return false;
}

export function pyRepr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(v);
  if (Array.isArray(v)) return `[${v.map(pyRepr).join(', ')}]`;
  if (v instanceof PyExc) return `${v.type}(${v.args.map(pyRepr).join(', ')})`;
  return String(v);
}

/** The engine-test Host: exceptions are PyExc objects; values are JS values. */
export function makeJsHost(currentLine: () => number | null = () => null): Host & { errors: PyExc[] } {
  const errors: PyExc[] = [];
  return {
    errors,
    makeError(type: EngineErrorType, message?: string | null, exceptions?: unknown[]): unknown {
      if (
        type === 'BaseExceptionGroup' &&
        exceptions &&
        exceptions.every((e) => isSubclass((e as PyExc).type, 'Exception'))
      ) {
        return new PyExc('ExceptionGroup', [message, exceptions], exceptions);
      }
      return new PyExc(type, message === null || message === undefined ? [] : [message], exceptions ?? []);
    },
    isPythonException: (e) => e instanceof PyExc,
    isInstance: (e, type: EngineCheckType) => e instanceof PyExc && isSubclass(e.type, type),
    cancelMessage: (e) =>
      e instanceof PyExc && e.args.length === 1 && typeof e.args[0] === 'string' ? e.args[0] : null,
    setCause(e, cause) {
      (e as PyExc).cause = cause;
      (e as PyExc).suppressContext = true;
    },
    setContext(e, ctx) {
      (e as PyExc).context = ctx;
    },
    getContext: (e) => (e as PyExc).context,
    repr: pyRepr,
    typeName: (e) => (e as PyExc).type,
    currentLine,
    lessThan: (a, b) => (a as number) < (b as number),
    truthy: (v) => Boolean(v)
  };
}

export function err(type: string, ...args: unknown[]): PyExc {
  return new PyExc(type, args);
}
