import type { TraceEvent, TraceEventBody } from '../trace/events';
import type { Clock } from './clock';
import type { Host } from './contract';

interface Held {
  t: number;
  order: number;
  body: TraceEventBody;
  line: number | null;
}

/**
 * The single writer of trace events for one simulated process (engine and front end share it).
 *
 * Invariants: `seq` counts from 0 without gaps; `t` never decreases; each event is stamped with the clock and the
 * host's current line at the moment it is emitted. Events that belong to a later virtual time on another clock (a
 * worker thread's prints) are held back and released, in (t, submission) order, just before the first event whose
 * time is >= theirs — so a thread's print lands in the trace where a real run would print it.
 */
export class Tracer {
  readonly events: TraceEvent[] = [];
  private seq = 0;
  private lastT = 0;
  private held: Held[] = [];
  private heldOrder = 0;

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

  /** Emit an event that happens at virtual time `t` (>= now) on another clock. */
  emitAt(t: number, body: TraceEventBody): void {
    const line = this.host.currentLine();
    if (t <= this.clock.now) {
      this.release(this.clock.now);
      this.write(Math.max(t, this.lastT), body, line);
      return;
    }
    this.held.push({ t, order: this.heldOrder++, body, line });
    this.held.sort((a, b) => a.t - b.t || a.order - b.order);
  }

  /** Release every held event with time <= t (the loop clock reached it). */
  release(t: number): void {
    while (this.held.length > 0 && this.held[0].t <= t) {
      const h = this.held.shift()!;
      this.write(h.t, h.body, h.line);
    }
  }

  /** Release everything still held (end of the simulation). */
  flush(): void {
    while (this.held.length > 0) {
      const h = this.held.shift()!;
      this.write(h.t, h.body, h.line);
    }
  }

  get hasHeld(): boolean {
    return this.held.length > 0;
  }

  private write(t: number, body: TraceEventBody, line: number | null): TraceEvent {
    const stamped = Math.max(t, this.lastT);
    this.lastT = stamped;
    const ev = { seq: this.seq++, t: stamped, line, ...body } as TraceEvent;
    this.events.push(ev);
    this.onEvent?.(ev);
    return ev;
  }
}
