import type { EventLoop } from './loop';

/** What a handle runs: a plain callback, or a step/wakeup of a task (named so the trace can say which task). */
export interface HandleOptions {
  /** Short text for the trace (`loop.tick` ready labels, `callback.run`). */
  label?: string;
  /** Set when the callback steps a task: the trace then shows `task.ready` and labels it with the task's name. */
  task?: { readonly name: string } | null;
}

/**
 * A callback scheduled on the loop (CPython's events.Handle).
 *
 * Invariants: a handle runs at most once per scheduling; once cancelled it never runs (the loop skips it when
 * popping it from the ready deque). `task` is set exactly for task steps/wakeups.
 */
export class Handle {
  cancelledFlag = false;
  readonly label: string;
  readonly task: { readonly name: string } | null;

  constructor(
    readonly loop: EventLoop,
    readonly callback: () => void,
    opts: HandleOptions = {}
  ) {
    this.label = opts.label ?? 'callback';
    this.task = opts.task ?? null;
  }

  cancel(): void {
    this.cancelledFlag = true;
  }

  cancelled(): boolean {
    return this.cancelledFlag;
  }

  /** The ready-deque label: a task step is shown as its task's current name. */
  describe(): string {
    return this.task !== null ? this.task.name : this.label;
  }
}

/**
 * A handle waiting in the timer heap (CPython's events.TimerHandle) until loop time reaches `when`.
 *
 * Invariants: `when` is fixed at creation (loop.time() + delay in float64, or the absolute call_at time); `id`
 * increases with creation order and breaks ties between equal deadlines (earlier created fires first);
 * `scheduled` is true exactly while the handle sits in the heap.
 */
export class TimerHandle extends Handle {
  scheduled = true;

  constructor(
    loop: EventLoop,
    readonly whenValue: number,
    readonly id: number,
    callback: () => void,
    opts: HandleOptions = {}
  ) {
    super(loop, callback, opts);
  }

  when(): number {
    return this.whenValue;
  }

  override cancel(): void {
    if (!this.cancelledFlag) {
      this.cancelledFlag = true;
      if (this.scheduled) this.loop.timerHandleCancelled(this);
    }
  }
}
