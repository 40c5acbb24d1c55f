import type { TraceEvent, TraceEventBody } from '../trace/events';
import type { Clock } from './clock';
import type { Host } from './contract';

/** Events handed to a streaming sink at a time. */
const STREAM_BATCH = 2048;

interface Held {
  t: number;
  order: number;
  body: TraceEventBody;
  line: number | null;
  ref: HeldEvent;
}

/** What `emitAt` returns: `event` is null while the event is held back, then the written event (with its seq). */
export interface HeldEvent {
  event: TraceEvent | null;
}

/**
 * The single writer of trace events for one simulated process (engine and front end share it).
 *
 * Invariants: `seq` counts from 0 without gaps; `t` never decreases; each event is stamped with the clock and the
 * host's current line at the moment it is emitted. Events that belong to a later virtual time on another clock (a
 * worker thread's prints) are held back and released, in (t, submission) order, just before the first event whose
 * time is >= theirs — so a thread's print lands in the trace where a real run would print it.
 *
 * `cause` is the seq of the event being processed right now (a task step's task.resume, a callback's callback.run
 * or timer.fire, a task.done / task.cancel / queue.change while it wakes waiters), or null: the engine stamps it on
 * the task.ready / callback.ready of every handle scheduled meanwhile. It is only changed through `withCause` (or a
 * `swapCause` paired with a restoring `swapCause` in a finally, for hot paths that must not allocate a closure), so it
 * is restored when the processing ends (steps nest: eager tasks).
 */
export class Tracer {
  /** Every event written, in seq order — or, once `streamTo` is called, only the recent ones not yet streamed. */
  events: TraceEvent[] = [];
  /** The first event written (run.start), kept even when streamed (asyncio.run fills in its loop and debug). */
  first: TraceEvent | null = null;
  private sink: ((events: TraceEvent[]) => void) | null = null;
  /** Streaming: events kept back (a 3.11 task factory renames the trailing task.create / task.ready it made). */
  private window = 32;
  private holdFirst = false;
  private seq = 0;
  private lastT = 0;
  private held: Held[] = [];
  private heldOrder = 0;
  /** Events emitAt'ed inside `deferring` (even those due now): placed by `releaseDeferred`. */
  private deferred: Held[] = [];
  private deferDepth = 0;
  private currentCause: number | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly host: Pick<Host, 'currentLine'>,
    private readonly onEvent?: (ev: TraceEvent) => void
  ) {}

  /** Emit an event now (t = clock). */
  emit(body: TraceEventBody): TraceEvent {
    const t = this.clock.now;
    this.release(t);
    return this.write(t, body, this.host.currentLine());
  }

  /**
   * Emit an event whose object the caller built whole: `{seq: 0, t: 0, line: null, kind, ...}` — placeholders first,
   * so the keys come in the same order as emit()'s `{seq, t, line, ...body}` (same JSON). The object itself is
   * stamped and kept: one allocation per event instead of a body plus a copy (hot paths: every step emits several).
   */
  emitEvent<E extends TraceEvent>(ev: E): E {
    const t = this.clock.now;
    if (this.held.length > 0) this.release(t);
    ev.line = this.host.currentLine();
    const stamped = Math.max(t, this.lastT);
    this.lastT = stamped;
    ev.seq = this.seq++;
    ev.t = stamped;
    this.events.push(ev);
    this.onEvent?.(ev);
    if (this.sink !== null && this.events.length > this.window + STREAM_BATCH) this.drain(false);
    return ev;
  }

  /** Events written so far (the next seq). */
  get count(): number {
    return this.seq;
  }

  /**
   * Stream events to `sink` in batches as they are written, keeping only the last few (`events` then holds just
   * those): the CLI writes a trace of any length in constant memory. The first event (run.start) is held, with
   * everything after it, until `releaseFirst()` — asyncio.run records its loop and debug flag in it.
   */
  streamTo(sink: (events: TraceEvent[]) => void): void {
    this.sink = sink;
    this.holdFirst = true;
  }

  releaseFirst(): void {
    this.holdFirst = false;
  }

  /** Hand the streamed events to the sink: all of them (`all`, at the end) or all but the last `window`. */
  drain(all: boolean): void {
    if (this.sink === null || (this.holdFirst && !all)) return;
    const n = all ? this.events.length : this.events.length - this.window;
    if (n <= 0) return;
    const out = this.events;
    this.events = out.splice(n);
    this.sink(out);
  }

  /**
   * Emit an event that happens at virtual time `t` (>= now) on another clock. The returned record gets the written
   * event once it is released (at once when `t` is not in the future).
   */
  emitAt(t: number, body: TraceEventBody): HeldEvent {
    const h: Held = { t, order: this.heldOrder++, body, line: this.host.currentLine(), ref: { event: null } };
    if (this.deferDepth > 0) this.deferred.push(h);
    else this.place(h);
    return h.ref;
  }

  /** seq of the event being processed now (see the class comment), null when none. */
  get cause(): number | null {
    return this.currentCause;
  }

  /** Run `fn` with `cause` set to `seq` (null: keep the current one), then restore it. */
  withCause<T>(seq: number | null, fn: () => T): T {
    if (seq === null) return fn();
    const prev = this.currentCause;
    this.currentCause = seq;
    try {
      return fn();
    } finally {
      this.currentCause = prev;
    }
  }

  /** Set `cause` to `seq` and return the previous one: `withCause` without a closure, for the hot task step. */
  swapCause(seq: number | null): number | null {
    const prev = this.currentCause;
    this.currentCause = seq;
    return prev;
  }

  /**
   * Run `fn` holding back everything it emitAt's, even events due now, until `releaseDeferred()` — so an event that
   * describes `fn`'s outcome (thread.start with its duration) can be written before what `fn` emitted.
   */
  deferring<T>(fn: () => T): T {
    this.deferDepth++;
    try {
      return fn();
    } finally {
      this.deferDepth--;
    }
  }

  /** Place the events held back by `deferring`, in submission order (due ones are written now). */
  releaseDeferred(): void {
    const d = this.deferred;
    this.deferred = [];
    for (const h of d) this.place(h);
  }

  private place(h: Held): void {
    if (h.t <= this.clock.now) {
      this.release(this.clock.now);
      h.ref.event = this.write(Math.max(h.t, this.lastT), h.body, h.line);
      return;
    }
    this.held.push(h);
    this.held.sort((a, b) => a.t - b.t || a.order - b.order);
  }

  /** Release every held event with time <= t (the loop clock reached it). */
  release(t: number): void {
    while (this.held.length > 0 && this.held[0].t <= t) {
      const h = this.held.shift()!;
      h.ref.event = this.write(h.t, h.body, h.line);
    }
  }

  /** Release everything still held (end of the simulation). */
  flush(): void {
    this.releaseDeferred();
    while (this.held.length > 0) {
      const h = this.held.shift()!;
      h.ref.event = this.write(h.t, h.body, h.line);
    }
  }

  get hasHeld(): boolean {
    return this.held.length > 0 || this.deferred.length > 0;
  }

  private write(t: number, body: TraceEventBody, line: number | null): TraceEvent {
    const stamped = Math.max(t, this.lastT);
    this.lastT = stamped;
    const ev = { seq: this.seq++, t: stamped, line, ...body } as TraceEvent;
    if (ev.seq === 0) this.first = ev;
    this.events.push(ev);
    this.onEvent?.(ev);
    if (this.sink !== null && this.events.length > this.window + STREAM_BATCH) this.drain(false);
    return ev;
  }
}
