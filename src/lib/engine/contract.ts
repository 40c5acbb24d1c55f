/**
 * The contract between the engine (the asyncio model) and whatever language front end drives it (the Python
 * interpreter in src/lib/python; plain JS in the engine's own tests).
 *
 * The engine never depends on the Python front end: it sees user values and exceptions as opaque `unknown`s and asks
 * the injected `Host` whenever it must make, recognise or describe one. This mirrors how CPython's asyncio is written
 * in Python on top of the interpreter's object model without knowing its internals.
 */

/**
 * What a coroutine's generator yields to the task driving it, exactly like a Python coroutine's yield:
 *  - a future-like object (the engine's Future / Task) the task must wait on (Future.__await__ yields `self`),
 *  - or `null` for a bare yield (`asyncio.sleep(0)` / `tasks.__sleep0`): the task is simply rescheduled.
 * Anything else yielded is a bug in the front end and ends the task with RuntimeError, as in CPython.
 *
 * A coroutine's body is a JS generator: `next(value)` is coro.send(value), `throw(exc)` is coro.throw(exc),
 * `return()` is coro.close(). Its return value is the coroutine's result; a thrown value is its exception.
 */
export type CoroutineBody = Generator<unknown, unknown, unknown>;

/** The exception types the engine itself raises (names as in Python; the host maps them to its classes). */
export type EngineErrorType =
  | 'CancelledError'
  | 'TimeoutError'
  | 'InvalidStateError'
  | 'QueueEmpty'
  | 'QueueFull'
  | 'QueueShutDown'
  | 'RuntimeError'
  | 'ValueError'
  | 'TypeError'
  | 'BaseExceptionGroup'
  | 'ExceptionGroup'
  | 'StopIteration'
  | 'GeneratorExit';

/** Python types the engine needs to test exceptions against (isinstance semantics, subclasses included). */
export type EngineCheckType =
  | 'CancelledError'
  | 'Exception'
  | 'BaseException'
  | 'TimeoutError'
  | 'GeneratorExit'
  | 'KeyboardInterrupt'
  | 'SystemExit'
  | 'StopIteration';

export interface Host {
  /** Make an exception instance of a Python type. `exceptions` is for (Base)ExceptionGroup. */
  makeError(type: EngineErrorType, message?: string | null, exceptions?: unknown[]): unknown;
  /** True when `e` is a Python exception (anything else thrown is an internal abort and ends the simulation). */
  isPythonException(e: unknown): boolean;
  /** isinstance(e, type) for a Python exception. */
  isInstance(e: unknown, type: EngineCheckType): boolean;
  /** exc.args[0] of a CancelledError when it has exactly one arg, else null (cancel messages travel this way). */
  cancelMessage(e: unknown): string | null;
  /** `raise e from cause` bookkeeping (sets __cause__ and __suppress_context__) / implicit __context__. */
  setCause(e: unknown, cause: unknown): void;
  setContext(e: unknown, context: unknown): void;
  /** repr(value), for trace details and messages. */
  repr(value: unknown): string;
  /** The Python type name of an exception (e.g. 'ValueError'). */
  typeName(e: unknown): string;
  /** 1-based source line of the Python statement executing now, or null. Stamped on every trace event. */
  currentLine(): number | null;
  /**
   * Called when a loop callback starts and ends, so the front end can charge its step budget per callback
   * (a `while True:` without await must be stopped inside one callback, never hang).
   */
  callbackStarted?(): void;

  // --- Additions by the engine (optional, backward-compatible) ---------------------------------------------------
  /** Python `a < b` (PriorityQueue keeps a heapq-ordered list). May throw a Python exception (TypeError). Needed
   * because the engine cannot compare user values itself. Without it, PriorityQueue falls back to JS `<`. */
  lessThan?(a: unknown, b: unknown): boolean;
  /** Python truthiness (Condition.wait_for's predicate result). Without it: JS truthiness. */
  truthy?(v: unknown): boolean;
  /**
   * Called for every context the loop's exception handler receives (CPython's call_exception_handler), e.g.
   * {message: 'Task exception was never retrieved', exception, task}. The engine always emits `loop.exception`
   * {message}; this hook lets the front end print exactly what CPython's default handler logs on stderr.
   */
  exceptionHandler?(ctx: ExceptionContext): void;
  /** e.__context__ of a Python exception or null (3.12+ Timeout inserts a TimeoutError into a context chain). */
  getContext?(e: unknown): unknown;
  /**
   * shutdown_asyncgens: which tracked async generators are still alive (CPython's loop holds them in a WeakSet, so a
   * collected one is not closed there). Without it: all of them.
   */
  liveAsyncgens?(gens: object[]): object[];
}

/** What CPython's loop.call_exception_handler receives. `task`/`future` are engine objects (Task/Future). */
export interface ExceptionContext {
  message: string;
  exception?: unknown;
  task?: unknown;
  future?: unknown;
}
