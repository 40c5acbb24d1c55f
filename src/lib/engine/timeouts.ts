/* eslint-disable @typescript-eslint/no-this-alias, require-yield -- coroutine bodies are nested generator functions
   (JS has no generator arrows) mirroring CPython's `async def` methods, and some of those never await. */
import { Coroutine } from './coroutine';
import type { EngineContext } from './context';
import type { Handle } from './handles';
import type { EventLoop } from './loop';
import type { Task } from './tasks';

type TimeoutState = 'created' | 'active' | 'expiring' | 'expired' | 'finished';

/**
 * asyncio.Timeout (timeouts.py): `async with asyncio.timeout(d):` cancels the current task at the deadline and
 * turns the resulting CancelledError into TimeoutError on exit.
 *
 * Invariants: entered at most once; while ENTERED at most one handle (call_at, or call_soon for a past deadline) is
 * armed; `expired()` is true once the handle fired; on exit the task's cancel request is withdrawn with uncancel()
 * and only a CancelledError that this timeout caused (cancelling count back to the entry level) becomes
 * TimeoutError.
 */
export class Timeout {
  private state: TimeoutState = 'created';
  private handler: Handle | null = null;
  private task: Task | null = null;
  private cancellingAtEntry = 0;

  constructor(
    private readonly ctx: EngineContext,
    private readonly getLoop: () => EventLoop,
    private whenValue: number | null
  ) {}

  when(): number | null {
    return this.whenValue;
  }

  expired(): boolean {
    return this.state === 'expiring' || this.state === 'expired';
  }

  reschedule(when: number | null): void {
    const loop = this.getLoop();
    if (this.state !== 'active') {
      if (this.state === 'created') throw loop.host.makeError('RuntimeError', 'Timeout has not been entered');
      throw loop.host.makeError('RuntimeError', `Cannot change state of ${this.state} Timeout`);
    }
    this.whenValue = when;
    this.handler?.cancel();
    if (when === null) this.handler = null;
    else if (when <= loop.time())
      this.handler = loop.call_soon(() => this.onTimeout(), { label: 'Timeout._on_timeout' });
    else this.handler = loop.call_at(when, () => this.onTimeout(), { label: 'Timeout._on_timeout' });
  }

  repr(): string {
    if (this.state === 'active') {
      const w = this.whenValue === null ? 'None' : String(Math.round(this.whenValue * 1000) / 1000);
      return `<Timeout [${this.state}] when=${w}>`;
    }
    return `<Timeout [${this.state}]>`;
  }

  __aenter__(): Coroutine {
    const self = this;
    function* body(): Generator<unknown, unknown, unknown> {
      const loop = self.getLoop();
      if (self.state !== 'created') throw loop.host.makeError('RuntimeError', 'Timeout has already been entered');
      const task = loop.current;
      if (task === null) throw loop.host.makeError('RuntimeError', 'Timeout should be used inside a task');
      self.state = 'active';
      self.task = task;
      self.cancellingAtEntry = task.cancelling();
      self.reschedule(self.whenValue);
      return self;
    }
    return new Coroutine(this.ctx.host, body(), { qualname: 'Timeout.__aenter__' });
  }

  /** __aexit__(exc): `exc` is the exception leaving the block, or null. Result: None (never suppresses). */
  __aexit__(exc: unknown): Coroutine {
    const self = this;
    const host = this.ctx.host;
    function* body(): Generator<unknown, unknown, unknown> {
      if (self.handler !== null) {
        self.handler.cancel();
        self.handler = null;
      }
      if (self.state === 'expiring') {
        self.state = 'expired';
        const features = self.ctx.features;
        if (self.task!.uncancel() <= self.cancellingAtEntry && exc !== null) {
          const isCancel = features.cancelledErrorByIsinstance
            ? host.isInstance(exc, 'CancelledError')
            : host.typeName(exc) === 'CancelledError';
          if (isCancel) {
            const te = host.makeError('TimeoutError', null);
            host.setCause(te, exc);
            host.setContext(te, exc);
            throw te;
          }
          if (features.timeoutChainsCancel) insertTimeoutError(host, exc);
        }
      } else if (self.state === 'active') {
        self.state = 'finished';
      }
      return null;
    }
    return new Coroutine(host, body(), { qualname: 'Timeout.__aexit__' });
  }

  private onTimeout(): void {
    this.task!.cancel(null, 'timeout');
    this.state = 'expiring';
    this.handler = null;
  }
}

/** 3.12+ Timeout._insert_timeout_error (needs host.getContext; skipped without it). ExceptionGroup members: the
 * front end's getContext can only walk one chain, so group members are not visited (documented gap). */
function insertTimeoutError(host: EventLoop['host'], exc: unknown): void {
  if (host.getContext === undefined) return;
  let cur = exc;
  for (;;) {
    const ctx = host.getContext(cur);
    if (ctx === null || ctx === undefined) return;
    if (host.isInstance(ctx, 'CancelledError')) {
      const te = host.makeError('TimeoutError', null);
      host.setContext(te, ctx);
      host.setCause(te, ctx);
      host.setContext(cur, te);
      return;
    }
    cur = ctx;
  }
}

/** asyncio.timeout(delay): the deadline is computed now (loop.time() + delay). */
export function timeout(ctx: EngineContext, getLoop: () => EventLoop, delay: number | null): Timeout {
  const loop = getLoop();
  return new Timeout(ctx, getLoop, delay === null ? null : loop.time() + delay);
}

export function timeoutAt(ctx: EngineContext, getLoop: () => EventLoop, when: number | null): Timeout {
  return new Timeout(ctx, getLoop, when);
}
