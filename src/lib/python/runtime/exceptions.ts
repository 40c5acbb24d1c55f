/**
 * The built-in exception hierarchy (builtins + asyncio's own classes) and helpers to raise them from JS.
 * A Python exception is thrown in JS as the PyException instance itself; anything else thrown is an internal abort.
 */
import { PyException, PyType, T, type PyValue } from './objects';

function exc(name: string, base: PyType | null, module = 'builtins'): PyType {
  const t = new PyType(T.type, name, [base ?? T.object], 'exception', true, module);
  return t;
}

const BaseException = exc('BaseException', null);
const Exception = exc('Exception', BaseException);
const ArithmeticError = exc('ArithmeticError', Exception);
const LookupError = exc('LookupError', Exception);
const OSError = exc('OSError', Exception);
const NameError = exc('NameError', Exception);
const RuntimeError = exc('RuntimeError', Exception);
const ValueError = exc('ValueError', Exception);
const ImportError = exc('ImportError', Exception);
const Warning = exc('Warning', Exception);
const ConnectionError = exc('ConnectionError', OSError);
const SyntaxError = exc('SyntaxError', Exception);
const UnicodeError = exc('UnicodeError', ValueError);
const BaseExceptionGroup = exc('BaseExceptionGroup', BaseException);

/** Built-in exception types by name. */
export const E = {
  BaseException,
  Exception,
  ArithmeticError,
  LookupError,
  OSError,
  NameError,
  RuntimeError,
  ValueError,
  ImportError,
  Warning,
  ConnectionError,
  SyntaxError,
  BaseExceptionGroup,
  ExceptionGroup: new PyType(T.type, 'ExceptionGroup', [BaseExceptionGroup, Exception], 'exception', true),
  SystemExit: exc('SystemExit', BaseException),
  KeyboardInterrupt: exc('KeyboardInterrupt', BaseException),
  GeneratorExit: exc('GeneratorExit', BaseException),
  StopIteration: exc('StopIteration', Exception),
  StopAsyncIteration: exc('StopAsyncIteration', Exception),
  ZeroDivisionError: exc('ZeroDivisionError', ArithmeticError),
  OverflowError: exc('OverflowError', ArithmeticError),
  FloatingPointError: exc('FloatingPointError', ArithmeticError),
  AssertionError: exc('AssertionError', Exception),
  AttributeError: exc('AttributeError', Exception),
  BufferError: exc('BufferError', Exception),
  EOFError: exc('EOFError', Exception),
  IndexError: exc('IndexError', LookupError),
  KeyError: exc('KeyError', LookupError),
  MemoryError: exc('MemoryError', Exception),
  UnboundLocalError: exc('UnboundLocalError', NameError),
  NotImplementedError: exc('NotImplementedError', RuntimeError),
  RecursionError: exc('RecursionError', RuntimeError),
  TypeError: exc('TypeError', Exception),
  UnicodeError,
  UnicodeEncodeError: exc('UnicodeEncodeError', UnicodeError),
  ModuleNotFoundError: exc('ModuleNotFoundError', ImportError),
  TimeoutError: exc('TimeoutError', OSError),
  FileNotFoundError: exc('FileNotFoundError', OSError),
  PermissionError: exc('PermissionError', OSError),
  ConnectionResetError: exc('ConnectionResetError', ConnectionError),
  ConnectionRefusedError: exc('ConnectionRefusedError', ConnectionError),
  BrokenPipeError: exc('BrokenPipeError', ConnectionError),
  IndentationError: exc('IndentationError', SyntaxError),
  UserWarning: exc('UserWarning', Warning),
  DeprecationWarning: exc('DeprecationWarning', Warning),
  RuntimeWarning: exc('RuntimeWarning', Warning),
  ResourceWarning: exc('ResourceWarning', Warning),
  // asyncio's own (module names as CPython reports them in reprs of the class)
  CancelledError: exc('CancelledError', BaseException, 'asyncio.exceptions'),
  InvalidStateError: exc('InvalidStateError', Exception, 'asyncio.exceptions'),
  QueueEmpty: exc('QueueEmpty', Exception, 'asyncio.queues'),
  QueueFull: exc('QueueFull', Exception, 'asyncio.queues'),
  QueueShutDown: exc('QueueShutDown', Exception, 'asyncio.queues'),
  SendfileNotAvailableError: exc('SendfileNotAvailableError', RuntimeError, 'asyncio.exceptions')
};

/** Names exported by the builtins module (the asyncio ones are not builtins). */
export const BUILTIN_EXCEPTION_NAMES = Object.keys(E).filter(
  (n) => E[n as keyof typeof E].module === 'builtins'
) as (keyof typeof E)[];

export function newExc(t: PyType, ...args: PyValue[]): PyException {
  return new PyException(t, args);
}

/** The exceptions JS helpers throw. `throw err(E.TypeError, 'msg')`. */
export function err(t: PyType, msg?: string): PyException {
  return msg === undefined ? new PyException(t, []) : new PyException(t, [msg]);
}

export function typeError(msg: string): PyException {
  return err(E.TypeError, msg);
}
export function valueError(msg: string): PyException {
  return err(E.ValueError, msg);
}
export function attributeError(msg: string): PyException {
  return err(E.AttributeError, msg);
}
export function indexError(msg: string): PyException {
  return err(E.IndexError, msg);
}
export function keyError(key: PyValue): PyException {
  return new PyException(E.KeyError, [key]);
}
export function zeroDivision(msg = 'division by zero'): PyException {
  return err(E.ZeroDivisionError, msg);
}
export function overflowError(msg: string): PyException {
  return err(E.OverflowError, msg);
}
export function runtimeError(msg: string): PyException {
  return err(E.RuntimeError, msg);
}

export function isExcType(t: PyType): boolean {
  return t.isSubtypeOf(BaseException);
}
