import type { Awaiting, TraceEvent } from '../trace/events';

/**
 * The event loop's inside at one cursor, rebuilt from the trace alone: the ready deque, the timer heap, the running
 * step, what every task awaits, worker threads, queues and the lines each task is on. `LoopReplay` applies events
 * one at a time; `view()` turns it into a plain, immutable-by-convention `LoopState` for the UI.
 *
 * The ready deque is reset from each loop.tick's `ready` list (the trace's own snapshot) and kept in between by
 * task.ready / callback.ready / timer.fire (append) and task.resume / callback.run (remove), so it is exact at every
 * tick and a faithful reconstruction between ticks. When the trace carries handle ids (tick `handles`, `handle`
 * fields) entries are matched by id, and tasks by `tid`; otherwise by label and name.
 */

export type TaskStatus = 'created' | 'ready' | 'running' | 'waiting' | 'done' | 'failed' | 'cancelled';

/** `handle` (and `tid` for a task step) are set when the trace carries them. */
export type ReadyEntry =
  { kind: 'task'; task: string; tid?: number; handle?: number } | { kind: 'callback'; label: string; handle?: number };

export interface TimerView {
  id: number;
  when: number;
  label: string;
  /** The task whose step added the timer (e.g. the sleeper): timer.add's `task` when present, else the running one. */
  owner: string | null;
}

export interface TaskView {
  name: string;
  /** The task's unique trace id, when the trace carries tids. */
  tid?: number;
  coro: string;
  parent: string | null;
  status: TaskStatus;
  /** What it awaits while waiting (its last task.suspend), else null. */
  awaiting: Awaiting | null;
  /** The line it is on: the latest event's line during its steps (for a waiting task: where it is parked). */
  line: number | null;
  /** repr of the result / exception, or the cancel message, once it ended. */
  detail: string | null;
  /** task.cancel was requested and has not landed yet. */
  cancelling: boolean;
  /** How many steps (task.resume) it has taken so far. */
  steps: number;
}

export interface ThreadView {
  thread: string;
  func: string;
  task: string | null;
  startSeconds: number;
  /** When it ends (thread.start's `until`), when the trace says. */
  untilSeconds?: number;
}

export interface QueueView {
  queue: string;
  items: string[];
  getters: number;
  putters: number;
}

/**
 * One entry of the console: what the program printed (stdout or stderr), and what Python itself writes to stderr
 * while it runs: warnings, the loop's exception-handler messages (debug mode's "Executing … took 1.000 seconds"),
 * and the traceback or error message the run ends with. `source` says which.
 */
export interface ConsoleLine {
  seq: number;
  tSeconds: number;
  task: string | null;
  thread: string | null;
  text: string;
  stream: 'stdout' | 'stderr';
  source: 'print' | 'warning' | 'loop.exception' | 'error';
}

/** What the loop waits for when nothing is ready and nothing runs. */
export type IdleWait =
  | { kind: 'timer'; id: number; when: number; label: string; owner: string | null }
  | { kind: 'thread'; thread: string }
  | { kind: 'nothing' };

export interface LoopState {
  /** The cursor: events 0..seq have happened (-1 = before the first event). */
  seq: number;
  tSeconds: number;
  /** The current loop iteration number, null before the first loop.tick. */
  iteration: number | null;
  running: { task: string; line: number | null } | null;
  /** A plain callback the loop is running (callback.run), until the next step or tick. */
  runningCallback: string | null;
  ready: ReadyEntry[];
  /** Sorted by (when, id): the heap's pop order. */
  timers: TimerView[];
  /** Every task created so far, in creation order. */
  tasks: TaskView[];
  /** The waiting tasks, in creation order. */
  waiting: TaskView[];
  /** Set when nothing is ready, nothing runs and the program has not exited. */
  idleWait: IdleWait | null;
  threads: ThreadView[];
  queues: QueueView[];
  console: ConsoleLine[];
  /** The cursor event is a loop.block. */
  blocked: { task: string | null; seconds: number } | null;
  /** The exit code once `exit` happened. */
  exitCode: number | null;
}

/** Task records are immutable (replaced on change), so a checkpoint shares them instead of copying. */
type TaskRecord = Readonly<TaskView>;

const END_STATUS = { result: 'done', exception: 'failed', cancelled: 'cancelled' } as const;

/** Replays events onto a model of the loop. `clone()` is deep, so checkpoints never share mutable parts. */
export class LoopReplay {
  seq = -1;
  tSeconds = 0;
  iteration: number | null = null;
  running: number | null = null;
  runningCallback: string | null = null;
  tasks: TaskRecord[] = [];
  /**
   * Task indices per name, ascending. Shared by every clone (only ever appended to): a replay resolves a name to
   * its newest index below its own `tasks.length`, so a checkpoint never sees tasks created after it.
   */
  private byName: Map<string, number[]> = new Map();
  /** Task index per tid (shared by clones like byName; an index >= tasks.length is not created yet for a clone). */
  private byTid: Map<number, number> = new Map();
  ready: ReadyEntry[] = [];
  timers = new Map<number, TimerView>();
  threads = new Map<string, ThreadView>();
  queues = new Map<string, QueueView>();
  /** Number of console events applied (consoleOf's kinds): the console is a prefix of the trace's console. */
  printCount = 0;
  blocked: { task: string | null; seconds: number } | null = null;
  exitCode: number | null = null;

  clone(): LoopReplay {
    const c = new LoopReplay();
    c.seq = this.seq;
    c.tSeconds = this.tSeconds;
    c.iteration = this.iteration;
    c.running = this.running;
    c.runningCallback = this.runningCallback;
    c.tasks = this.tasks.slice();
    c.byName = this.byName;
    c.byTid = this.byTid;
    c.ready = this.ready.slice();
    c.timers = new Map(this.timers);
    c.threads = new Map(this.threads);
    c.queues = new Map(this.queues);
    c.printCount = this.printCount;
    c.blocked = this.blocked;
    c.exitCode = this.exitCode;
    return c;
  }

  apply(ev: TraceEvent): void {
    this.seq = ev.seq;
    this.tSeconds = Math.max(this.tSeconds, ev.t);
    this.blocked = null;
    switch (ev.kind) {
      case 'task.create': {
        const list = this.byName.get(ev.task);
        if (list) {
          // A clone may be replaying a stretch an earlier pass already indexed: keep the list ascending and unique.
          if (list[list.length - 1] < this.tasks.length) list.push(this.tasks.length);
        } else this.byName.set(ev.task, [this.tasks.length]);
        if (ev.tid !== undefined) this.byTid.set(ev.tid, this.tasks.length);
        this.tasks.push({
          name: ev.task,
          ...(ev.tid !== undefined ? { tid: ev.tid } : {}),
          coro: ev.coro,
          parent: ev.parent,
          status: 'created',
          awaiting: null,
          line: null, // not on any line of its own until its first step
          detail: null,
          cancelling: false,
          steps: 0
        });
        break;
      }
      case 'task.ready': {
        const i = this.indexOf(ev.task, ev.tid);
        this.ready.push({
          kind: 'task',
          task: ev.task,
          ...(ev.tid !== undefined ? { tid: ev.tid } : {}),
          ...(ev.handle !== undefined ? { handle: ev.handle } : {})
        });
        if (i !== null && this.tasks[i].status !== 'running') this.update(i, { status: 'ready', awaiting: null });
        break;
      }
      case 'task.resume': {
        const i = this.indexOf(ev.task, ev.tid);
        if (i === null) break;
        if (this.running !== null && this.running !== i && this.tasks[this.running].status === 'running') {
          this.update(this.running, { status: 'ready' }); // a step without suspend: keep the model sane
        }
        removeFirst(this.ready, (e) => isStepOf(e, ev.task, ev.tid));
        const rec = this.tasks[i];
        this.update(i, {
          status: 'running',
          awaiting: null,
          cancelling: false,
          steps: rec.steps + 1,
          line: ev.line ?? rec.line
        });
        this.running = i;
        this.runningCallback = null;
        break;
      }
      case 'task.suspend': {
        const i = this.indexOf(ev.task, ev.tid);
        if (i === null) break;
        // A ready that arrived during the step (sleep(0)) leaves the task in the deque, not waiting.
        const queued = this.ready.some((e) => isStepOf(e, ev.task, ev.tid));
        this.update(i, {
          status: queued ? 'ready' : 'waiting',
          awaiting: queued ? null : ev.awaiting,
          line: ev.line ?? this.tasks[i].line
        });
        if (this.running === i) this.running = null;
        break;
      }
      case 'task.done': {
        const i = this.indexOf(ev.task, ev.tid);
        if (i === null) break;
        this.update(i, {
          status: END_STATUS[ev.state] ?? 'done',
          detail: ev.detail,
          awaiting: null,
          cancelling: false,
          line: ev.line ?? this.tasks[i].line
        });
        if (this.running === i) this.running = null;
        break;
      }
      case 'task.cancel': {
        const i = this.indexOf(ev.task, ev.tid);
        if (i !== null && !isEnded(this.tasks[i].status)) this.update(i, { cancelling: true });
        break;
      }
      case 'loop.tick':
        this.iteration = ev.iteration;
        this.runningCallback = null;
        this.ready = this.tickEntries(ev.ready, ev.handles);
        break;
      case 'timer.add': {
        const owner = ev.task !== undefined ? ev.task : this.running === null ? null : this.tasks[this.running].name;
        this.timers.set(ev.id, { id: ev.id, when: ev.when, label: ev.label, owner });
        break;
      }
      case 'timer.fire': {
        const timer = this.timers.get(ev.id);
        this.timers.delete(ev.id);
        const label = timer ? timer.label : `timer ${ev.id}`;
        this.ready.push(
          ev.handle !== undefined ? { kind: 'callback', label, handle: ev.handle } : { kind: 'callback', label }
        );
        break;
      }
      case 'callback.ready':
        this.ready.push({ kind: 'callback', label: ev.label, handle: ev.handle });
        break;
      case 'timer.cancel':
        this.timers.delete(ev.id);
        break;
      case 'callback.run':
        if (
          !(ev.handle !== undefined && removeFirst(this.ready, (e) => e.handle === ev.handle)) &&
          !removeFirst(this.ready, (e) => e.kind === 'callback' && e.label === ev.label)
        ) {
          removeFirst(this.ready, (e) => e.kind === 'callback');
        }
        this.runningCallback = ev.label;
        break;
      case 'print':
      case 'warning':
      case 'loop.exception':
      case 'error':
        this.printCount++;
        break;
      case 'loop.block':
        this.blocked = { task: ev.task, seconds: ev.seconds };
        break;
      case 'thread.start':
        this.threads.set(ev.thread, {
          thread: ev.thread,
          func: ev.func,
          task: ev.task,
          startSeconds: ev.t,
          ...(ev.until !== undefined ? { untilSeconds: ev.until } : {})
        });
        break;
      case 'thread.end':
        this.threads.delete(ev.thread);
        break;
      case 'queue.change':
        this.queues.set(ev.queue, { queue: ev.queue, items: ev.items, getters: ev.getters, putters: ev.putters });
        break;
      case 'exit':
        this.exitCode = ev.code;
        this.running = null;
        break;
    }
    // The running task's line follows every event of its step (prints, creates, timers carry the statement's line).
    if (this.running !== null && ev.line !== null && this.tasks[this.running].line !== ev.line) {
      this.update(this.running, { line: ev.line });
    }
  }

  /**
   * A loop.tick's snapshot as entries. With `handles`, each entry is the one already in the deque with that id (so a
   * task step stays a task step even when a callback label equals a task name); without, or for an id never seen,
   * a label naming a live task is a task step, anything else a callback.
   */
  private tickEntries(labels: readonly string[], handles: readonly number[] | undefined): ReadyEntry[] {
    const known = new Map<number, ReadyEntry>();
    if (handles !== undefined) for (const e of this.ready) if (e.handle !== undefined) known.set(e.handle, e);
    return labels.map((label, k): ReadyEntry => {
      const handle = handles?.[k];
      const entry = handle === undefined ? undefined : known.get(handle);
      if (entry !== undefined) return entry;
      const i = this.indexOf(label);
      const withHandle = handle !== undefined ? { handle } : {};
      return i !== null && !isEnded(this.tasks[i].status)
        ? { kind: 'task', task: label, ...withHandle }
        : { kind: 'callback', label, ...withHandle };
    });
  }

  /** The task with that tid (when given and known to this replay), else the newest task of that name, or null. */
  private indexOf(name: string, tid?: number | null): number | null {
    if (tid !== undefined && tid !== null) {
      const i = this.byTid.get(tid);
      if (i !== undefined && i < this.tasks.length) return i;
    }
    const list = this.byName.get(name);
    if (!list) return null;
    for (let k = list.length - 1; k >= 0; k--) if (list[k] < this.tasks.length) return list[k];
    return null;
  }

  private update(i: number, patch: Partial<TaskView>): void {
    this.tasks[i] = { ...this.tasks[i], ...patch };
  }

  /** A plain snapshot for the UI; `console` is the first `printCount` lines of the trace's console. */
  view(console: readonly ConsoleLine[]): LoopState {
    const tasks: TaskView[] = this.tasks.slice();
    const running = this.running === null ? null : this.tasks[this.running];
    const timers = [...this.timers.values()].sort((a, b) => a.when - b.when || a.id - b.id);
    const threads = [...this.threads.values()];
    let idleWait: IdleWait | null = null;
    if (
      this.ready.length === 0 &&
      running === null &&
      this.runningCallback === null &&
      this.exitCode === null &&
      this.seq >= 0
    ) {
      if (timers.length > 0)
        idleWait = {
          kind: 'timer',
          id: timers[0].id,
          when: timers[0].when,
          label: timers[0].label,
          owner: timers[0].owner
        };
      else if (threads.length > 0) {
        // The thread that ends first, when the trace says when threads end.
        const first = threads.reduce((a, b) => ((b.untilSeconds ?? Infinity) < (a.untilSeconds ?? Infinity) ? b : a));
        idleWait = { kind: 'thread', thread: first.thread };
      } else idleWait = { kind: 'nothing' };
    }
    return {
      seq: this.seq,
      tSeconds: this.tSeconds,
      iteration: this.iteration,
      running: running ? { task: running.name, line: running.line } : null,
      runningCallback: this.runningCallback,
      ready: this.ready.slice(),
      timers,
      tasks,
      waiting: tasks.filter((t) => t.status === 'waiting'),
      idleWait,
      threads,
      queues: [...this.queues.values()],
      console: console.slice(0, this.printCount),
      blocked: this.blocked,
      exitCode: this.exitCode
    };
  }
}

/**
 * The trace's whole console, in order (the view at a cursor shows a prefix of it): prints, warnings, the loop's
 * exception-handler messages and the final error. `stderr` is the run's stderr text when the caller has it (the
 * playground's worker reply): the error's entry is then the traceback exactly as Python wrote it; without it (a
 * scenario's build-time trace) it is the exception's last line, `ValueError: bad value`.
 */
export function consoleOf(events: readonly TraceEvent[], stderr?: string): ConsoleLine[] {
  const out: ConsoleLine[] = [];
  let file = '';
  let running: string | null = null;
  const line = (ev: TraceEvent, text: string, source: ConsoleLine['source'], task: string | null = null) =>
    out.push({ seq: ev.seq, tSeconds: ev.t, task, thread: null, text, stream: 'stderr', source });
  for (const ev of events) {
    switch (ev.kind) {
      case 'run.start':
        file = ev.file;
        break;
      case 'task.resume':
        running = ev.task;
        break;
      case 'task.suspend':
      case 'task.done':
      case 'loop.tick':
        running = null;
        break;
      case 'print':
        out.push({
          seq: ev.seq,
          tSeconds: ev.t,
          task: ev.task,
          thread: ev.thread ?? null,
          text: ev.text,
          stream: ev.stream ?? 'stdout',
          source: 'print'
        });
        break;
      case 'warning':
        // As the warnings module writes it (without the source line, which the trace does not carry).
        line(ev, `${file}:${ev.line ?? 1}: ${ev.category}: ${ev.message}\n`, 'warning', running);
        break;
      case 'loop.exception':
        line(ev, `${ev.message}\n`, 'loop.exception');
        break;
      case 'error':
        line(ev, errorText(ev, stderr), 'error');
        break;
    }
  }
  return out;
}

/** The text a run's final error wrote to stderr: its traceback (or catalog message) when `stderr` has it. */
function errorText(ev: Extract<TraceEvent, { kind: 'error' }>, stderr: string | undefined): string {
  const last = ev.code ? `${ev.code}: ${ev.message}` : ev.message ? `${ev.type}: ${ev.message}` : ev.type;
  if (!stderr) return `${last}\n`;
  if (ev.code) {
    // `main.py:3:1: message` and whatever follows it (a stuck program lists what each task awaits).
    const at = stderr.lastIndexOf(ev.message);
    if (at < 0) return `${last}\n`;
    const from = stderr.lastIndexOf('\n', at) + 1;
    return withNewline(stderr.slice(from));
  }
  const start = stderr.indexOf('Traceback (most recent call last):');
  return start < 0 ? `${last}\n` : withNewline(stderr.slice(start));
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The ready entry is a step of that task (by tid when both carry one, else by name). */
function isStepOf(e: ReadyEntry, task: string, tid: number | undefined): boolean {
  if (e.kind !== 'task') return false;
  return tid !== undefined && e.tid !== undefined ? e.tid === tid : e.task === task;
}

function isEnded(status: TaskStatus): boolean {
  return status === 'done' || status === 'failed' || status === 'cancelled';
}

function removeFirst<T>(arr: T[], pred: (x: T) => boolean): boolean {
  const i = arr.findIndex(pred);
  if (i < 0) return false;
  arr.splice(i, 1);
  return true;
}
