import type { EventLoop } from './loop';

/** The task a handle steps, as the trace names it. */
export interface HandleTask {
  readonly name: string;
  readonly tid?: number;
}

/** What a handle runs: a plain callback, or a step/wakeup of a task (named so the trace can say which task). */
export interface HandleOptions {
  /** Short text for the trace (`loop.tick` ready labels, `timer.add`, `callback.ready`, `callback.run`). */
  label?: string;
  /** Set when the callback steps a task: the trace then shows `task.ready` and labels it with the task's name. */
  task?: HandleTask | null;
  /**
   * Internal (engine): seq of the event that scheduled the handle (trace `cause`); default: the tracer's current
   * cause.
   */
  cause?: number | null;
  /**
   * Internal (engine): the callback continues what scheduled it (a future's done-callback): while it runs, the
   * current cause stays the scheduling cause instead of becoming its own callback.run.
   */
  inheritCause?: boolean;
  /** Internal (engine): a handle id reserved earlier with `ctx.nextHandleId()` (thread result callbacks). */
  id?: number;
}

/**
 * A callback scheduled on the loop (CPython's events.Handle).
 *
 * Invariants: a handle runs at most once per scheduling; once cancelled it never runs (the loop skips it when
 * popping it from the ready deque). `task` is set exactly for task steps/wakeups. `id` is unique in the process
 * (one id space with timer handles, creation order) and `label` never changes: the trace shows the same text for
 * the handle everywhere. `cause` is the seq of the event that put it in the ready deque (null when none).
 */
export class Handle {
  cancelledFlag = false;
  readonly label: string;
  readonly task: HandleTask | null;
  readonly id: number;
  cause: number | null = null;
  readonly inheritCause: boolean;

  constructor(
    readonly loop: EventLoop,
    readonly callback: () => void,
    opts: HandleOptions = {},
    /** The id when the caller already has one (TimerHandle), instead of copying `opts` to add it. */
    id?: number
  ) {
    this.label = opts.label ?? 'callback';
    this.task = opts.task ?? null;
    this.id = id ?? opts.id ?? loop.ctx.nextHandleId();
    this.inheritCause = opts.inheritCause ?? false;
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
 * `scheduled` is true exactly while the handle sits in the heap. `cause` is set when it fires (its timer.fire).
 */
export class TimerHandle extends Handle {
  scheduled = true;

  constructor(
    loop: EventLoop,
    readonly whenValue: number,
    id: number,
    callback: () => void,
    opts: HandleOptions = {}
  ) {
    super(loop, callback, opts, id);
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
