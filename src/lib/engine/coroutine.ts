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

/** What `tryComplete` returns when the coroutine cannot finish without suspending (nothing was done then). */
export const WOULD_SUSPEND: unique symbol = Symbol('would suspend');

/**
 * A library coroutine's synchronous fast path: what its body would do when it runs to the end without suspending
 * (Queue.get with an item there, Queue.put with room), returning its result — or WOULD_SUSPEND, having done nothing.
 */
export type FastPath = () => unknown;

/**
 * A Python coroutine object: a JS generator body plus CPython's bookkeeping.
 *
 * Invariants: `started` becomes true at the first send/throw/await and never goes back; `closed` is true once the
 * body returned, raised or was closed — a closed coroutine can never run again ('cannot reuse already awaited
 * coroutine'); `running` is true only while the body executes (re-entry is 'coroutine already executing').
 * The body generator may be made lazily (from a factory, on first use): a library coroutine completed through its
 * fast path never makes one.
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

  private _body: CoroutineBody | null;
  private readonly makeBody: (() => CoroutineBody) | null;
  private readonly fast: FastPath | null;

  constructor(
    private readonly host: Host,
    body: CoroutineBody | (() => CoroutineBody),
    info: CoroutineInfo,
    fast: FastPath | null = null
  ) {
    if (typeof body === 'function') {
      this._body = null;
      this.makeBody = body;
    } else {
      this._body = body;
      this.makeBody = null;
    }
    this.fast = fast;
    this.qualname = info.qualname;
    this.line = info.line ?? null;
    this.filename = info.filename ?? null;
    this.defLine = info.defLine ?? null;
    this.frameLine = info.frameLine ?? null;
  }

  /** The body generator (made now if it was deferred). */
  get body(): CoroutineBody {
    let b = this._body;
    if (b === null) b = this._body = this.makeBody!();
    return b;
  }

  /**
   * `await coro` when it can finish at once: runs the fast path (if any, and the coroutine is fresh) and, when it
   * completed, leaves the coroutine as a finished await would (started and closed) and returns its result; returns
   * WOULD_SUSPEND otherwise (then await it normally: nothing happened). Raises what the fast path raises (closed).
   */
  tryComplete(): unknown {
    const fast = this.fast;
    if (fast === null || this.started || this.closed) return WOULD_SUSPEND;
    let r: unknown;
    try {
      r = fast();
    } catch (e) {
      this.started = true;
      this.closed = true;
      throw e;
    }
    if (r !== WOULD_SUSPEND) {
      this.started = true;
      this.closed = true;
    }
    return r;
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
    const body = this.beginAwait();
    try {
      return yield* body;
    } finally {
      this.endAwait();
    }
  }

  /**
   * __await__ taken apart, for hot await sites that delegate in their own generator (one generator and one level of
   * `yield*` less per await): `const b = c.beginAwait(); try { r = yield* b; } finally { c.endAwait(); }`.
   */
  beginAwait(): CoroutineBody {
    if (this.closed) throw this.host.makeError('RuntimeError', 'cannot reuse already awaited coroutine');
    if (this.started) throw this.host.makeError('RuntimeError', 'coroutine is being awaited already');
    this.started = true;
    this.suspended = true;
    return this.body;
  }

  /** The end of an await begun with beginAwait (however it ended: returned, raised or closed). */
  endAwait(): void {
    this.suspended = false;
    this.closed = true;
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
