import type { CoroutineBody, Host } from './contract';

export interface CoroutineInfo {
  /** The coroutine function's __qualname__ (trace `coro`, Task repr). */
  qualname: string;
  /** Line where the coroutine object was created (never-awaited warnings, debug reprs). */
  line?: number | null;
  /** Source file and `def` line (Task repr: `defined at FILE:LINE`). */
  filename?: string;
  defLine?: number | null;
  /** Line where the coroutine is suspended now, if the front end can tell (Task repr: `running at FILE:LINE`). */
  frameLine?: () => number | null;
}

/**
 * A Python coroutine object: a JS generator body plus CPython's bookkeeping.
 *
 * Invariants: `started` becomes true at the first send/throw/await and never goes back; `closed` is true once the
 * body returned, raised or was closed — a closed coroutine can never run again ('cannot reuse already awaited
 * coroutine'); `running` is true only while the body executes (re-entry is 'coroutine already executing').
 */
export class Coroutine {
  started = false;
  closed = false;
  running = false;
  /** True while suspended inside an await (another awaiter gets 'coroutine is being awaited already'). */
  private suspended = false;
  readonly qualname: string;
  readonly line: number | null;
  readonly filename: string | null;
  readonly defLine: number | null;
  readonly frameLine: (() => number | null) | null;
  /** The front end's object for this coroutine, cached here (opaque to the engine; a WeakMap lookup was slow). */
  hostObject: unknown = undefined;

  constructor(
    private readonly host: Host,
    readonly body: CoroutineBody,
    info: CoroutineInfo
  ) {
    this.qualname = info.qualname;
    this.line = info.line ?? null;
    this.filename = info.filename ?? null;
    this.defLine = info.defLine ?? null;
    this.frameLine = info.frameLine ?? null;
  }

  /** coro.send(value): `{done: false, value: yielded}` or `{done: true, value: returned}`; throws what it raises. */
  send(value: unknown): IteratorResult<unknown, unknown> {
    return this.drive(0, value);
  }

  /** coro.throw(exc). */
  throw(exc: unknown): IteratorResult<unknown, unknown> {
    if (this.closed) throw exc;
    return this.drive(1, exc);
  }

  /** coro.close(): GeneratorExit semantics via the generator's return(). */
  close(): void {
    if (this.closed) return;
    if (!this.started) {
      this.closed = true;
      this.body.return(undefined);
      return;
    }
    const r = this.drive(2, undefined);
    if (!r.done) throw this.host.makeError('RuntimeError', 'coroutine ignored GeneratorExit');
  }

  /** `await coro` from another coroutine: `const r = yield* coro.__await__()` (no loop iteration is spent). */
  *__await__(): Generator<unknown, unknown, unknown> {
    if (this.closed) throw this.host.makeError('RuntimeError', 'cannot reuse already awaited coroutine');
    if (this.started) throw this.host.makeError('RuntimeError', 'coroutine is being awaited already');
    this.started = true;
    try {
      this.suspended = true;
      return yield* this.body;
    } finally {
      this.suspended = false;
      this.closed = true;
    }
  }

  /** Resume the body: mode 0 = next(v), 1 = throw(v), 2 = return(v) (a mode, not a closure: no allocation per step). */
  private drive(mode: 0 | 1 | 2, v: unknown): IteratorResult<unknown, unknown> {
    if (this.closed) throw this.host.makeError('RuntimeError', 'cannot reuse already awaited coroutine');
    if (this.running) throw this.host.makeError('RuntimeError', 'coroutine already executing');
    if (this.suspended) throw this.host.makeError('RuntimeError', 'coroutine is being awaited already');
    this.started = true;
    this.running = true;
    try {
      const r = mode === 0 ? this.body.next(v) : mode === 1 ? this.body.throw(v) : this.body.return(v);
      if (r.done) this.closed = true;
      return r;
    } catch (e) {
      this.closed = true;
      throw e;
    } finally {
      this.running = false;
    }
  }
}

/** Make a Coroutine for an engine-internal `async def` (sleep, Queue.get, ...). */
export function libCoroutine(host: Host, qualname: string, body: CoroutineBody): Coroutine {
  return new Coroutine(host, body, { qualname });
}
