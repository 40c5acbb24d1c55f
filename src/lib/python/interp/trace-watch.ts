/**
 * What a run needs to know about its own trace, gathered event by event as the tracer writes them, so the run never
 * has to look back through the trace (which a streaming CLI run does not keep): how many tasks were created, the
 * line of the last event with one (and of the last task.create) for budget stops, what each task last awaited (the
 * stuck report), and the stdout / stderr bytes python3 would print, in trace order.
 *
 * Invariant: `err(text)` appends at once, which is where assembling from the whole trace put it (after every event
 * written so far, before the next one); print events append as they are written.
 */
import type { TraceEvent } from '../../trace/events';
import { BudgetAbort, state } from './frame';

export class TraceWatch {
  /** Events seen; past `eventLimit` the run stops at once (AIO-R007), even inside one loop callback. */
  private events = 0;
  tasksCreated = 0;
  lastLine: number | null = null;
  lastCreateLine: number | null = null;
  stdout = '';
  stderr = '';
  /** The last `error` event: what the run ended with (null: no error). */
  error: { type: string; message: string; code?: string } | null = null;
  private readonly awaiting = new Map<string, string>();

  constructor(private eventLimit: number) {}

  readonly see = (ev: TraceEvent): void => {
    const line = ev.line;
    if (line !== null) this.lastLine = line;
    if (++this.events > this.eventLimit) {
      // a loop that never awaits but makes events (queue puts, call_soon …) would fill memory before the next
      // callback's check; the error and exit events that follow the stop are let through
      this.eventLimit = Infinity;
      throw new BudgetAbort('AIO-R007', { limit: this.events - 1 }, this.lastLine);
    }
    switch (ev.kind) {
      case 'task.create':
        this.tasksCreated++;
        if (line !== null) this.lastCreateLine = line;
        break;
      case 'task.suspend':
        this.awaiting.set(ev.task, ev.awaiting.label);
        break;
      case 'error':
        this.error =
          ev.code === undefined
            ? { type: ev.type, message: ev.message }
            : { type: ev.type, message: ev.message, code: ev.code };
        break;
      case 'queue.change': {
        // every queue.change lists the whole queue (each item's repr): filling a queue without awaiting costs
        // quadratic trace work, so the listing spends step fuel (a step per 64 characters, 16 per item) and the step
        // budget (AIO-R001) stops it in time
        let chars = 0;
        for (const r of ev.items) chars += r.length + 16;
        state.steps += chars >>> 6;
        break;
      }
      case 'print':
        if (ev.stream === 'stderr') this.stderr += ev.text;
        else this.stdout += ev.text;
        break;
    }
  };

  err(text: string): void {
    this.stderr += text;
  }

  /** One line per pending task saying what it awaits (its last task.suspend), for the stuck report on stderr. */
  stuckWaits(pending: string[]): string {
    return pending.map((t) => `  ${t} awaits ${this.awaiting.get(t) ?? 'something'}\n`).join('');
  }
}
