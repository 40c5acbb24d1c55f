import type { TraceEvent } from '../trace/events';

/**
 * asyncio.run's own machinery, hidden until asked for. Every program run by asyncio.run ends with two tasks the
 * program never wrote (`BaseEventLoop.shutdown_asyncgens`, `BaseEventLoop.shutdown_default_executor`) and a
 * `_run_until_complete_cb` callback after each task run_until_complete waited for. Shown, they add lanes ("Task-4 ·
 * BaseEventLoo…"), take colour slots and leave "Running: _run_until_complete_cb" as the last word of every story.
 *
 * `hideInternals` drops exactly the events that belong to that machinery and renumbers the rest, so everything built
 * from the result (lanes, colours, the loop's state, the event count, stepping) sees the program alone. Task names
 * stay as CPython gave them (`Task-1`, …): nothing is renamed, hidden tasks just get no lane and no colour.
 *
 * Invariants of the result: `events[i].seq === i`; `origin[i]` is the original seq of events[i] (strictly increasing);
 * a `task.ready.cause` is kept only when it points at a kept event (renumbered), else dropped (the layout infers it);
 * a loop.tick keeps the ready entries that are not hidden, and goes when the machinery was all it had to run.
 */

/** The tasks asyncio.run creates for itself while it shuts down (coroutine qualnames; uvloop names them alike). */
const INTERNAL_CORO = /(^|\.)(shutdown_asyncgens|shutdown_default_executor)$/;
/** Callbacks of the runner itself. */
const INTERNAL_CALLBACK = new Set(['_run_until_complete_cb']);

export function isInternalCoro(coro: string): boolean {
  return INTERNAL_CORO.test(coro);
}

export interface VisibleTrace {
  events: TraceEvent[];
  /** Original seq of each kept event. */
  origin: Int32Array;
  /** How many events were hidden (0: the trace is shown as it is). */
  hidden: number;
}

/** The trace as the program sees it (see above). A trace with nothing to hide comes back as the same array. */
export function hideInternals(events: readonly TraceEvent[]): VisibleTrace {
  const hiddenTids = new Set<number>();
  /** Name → hidden? for the newest task of that name (traces without tids). */
  const hiddenName = new Map<string, boolean>();
  const hiddenHandles = new Set<number>();
  const hiddenTimers = new Set<number>();
  let running: { name: string; tid?: number } | null = null;

  const isHiddenTask = (name: string, tid?: number | null): boolean =>
    tid !== undefined && tid !== null ? hiddenTids.has(tid) : hiddenName.get(name) === true;

  const keep: boolean[] = new Array(events.length);
  let hidden = 0;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    let drop = false;
    switch (ev.kind) {
      case 'task.create': {
        const internal = isInternalCoro(ev.coro);
        hiddenName.set(ev.task, internal);
        if (internal && ev.tid !== undefined) hiddenTids.add(ev.tid);
        drop = internal;
        break;
      }
      case 'task.ready':
        drop = isHiddenTask(ev.task, ev.tid);
        if (drop && ev.handle !== undefined) hiddenHandles.add(ev.handle);
        break;
      case 'task.resume':
        running = { name: ev.task, ...(ev.tid !== undefined ? { tid: ev.tid } : {}) };
        drop = isHiddenTask(ev.task, ev.tid);
        break;
      case 'task.suspend':
      case 'task.done':
        drop = isHiddenTask(ev.task, ev.tid);
        running = null;
        break;
      case 'task.cancel':
        drop = isHiddenTask(ev.task, ev.tid);
        break;
      case 'timer.add': {
        const owner =
          ev.task !== undefined ? (ev.task === null ? null : { name: ev.task, tid: ev.tid ?? undefined }) : running;
        drop = owner !== null && isHiddenTask(owner.name, owner.tid);
        if (drop) hiddenTimers.add(ev.id);
        break;
      }
      case 'timer.fire':
        drop = hiddenTimers.has(ev.id);
        if (drop) hiddenHandles.add(ev.handle ?? ev.id);
        break;
      case 'timer.cancel':
        drop = hiddenTimers.has(ev.id);
        break;
      case 'callback.ready':
        drop = INTERNAL_CALLBACK.has(ev.label) || hiddenHandles.has(ev.handle);
        if (drop) hiddenHandles.add(ev.handle);
        break;
      case 'callback.run':
        drop = ev.handle !== undefined ? hiddenHandles.has(ev.handle) : INTERNAL_CALLBACK.has(ev.label);
        running = null;
        break;
      case 'loop.tick': {
        const visible = ev.ready.filter((label, k) => !tickEntryHidden(label, ev.handles?.[k]));
        drop = ev.ready.length > 0 && visible.length === 0;
        running = null;
        break;
      }
    }
    keep[i] = !drop;
    if (drop) hidden++;
  }
  if (hidden === 0) return { events: events as TraceEvent[], origin: identity(events.length), hidden };

  function tickEntryHidden(label: string, handle: number | undefined): boolean {
    if (handle !== undefined) return hiddenHandles.has(handle);
    return INTERNAL_CALLBACK.has(label) || hiddenName.get(label) === true;
  }

  const origin = new Int32Array(events.length - hidden);
  const newSeq = new Map<number, number>();
  const out: TraceEvent[] = [];
  for (let i = 0; i < events.length; i++) {
    if (!keep[i]) continue;
    const ev = events[i];
    const seq = out.length;
    origin[seq] = ev.seq;
    newSeq.set(ev.seq, seq);
    out.push(renumbered(ev, seq, newSeq, tickEntryHidden));
  }
  return { events: out, origin, hidden };
}

function renumbered(
  ev: TraceEvent,
  seq: number,
  newSeq: Map<number, number>,
  tickEntryHidden: (label: string, handle: number | undefined) => boolean
): TraceEvent {
  if (ev.kind === 'loop.tick') {
    const keepK = ev.ready.map((label, k) => !tickEntryHidden(label, ev.handles?.[k]));
    const ready = ev.ready.filter((_, k) => keepK[k]);
    const tick = { ...ev, seq, ready };
    if (ev.handles) tick.handles = ev.handles.filter((_, k) => keepK[k]);
    return tick;
  }
  if ((ev.kind === 'task.ready' || ev.kind === 'callback.ready') && ev.cause !== undefined) {
    const cause = newSeq.get(ev.cause);
    const { cause: _dropped, ...rest } = ev;
    return cause === undefined ? { ...rest, seq } : { ...rest, seq, cause };
  }
  return ev.seq === seq ? ev : { ...ev, seq };
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/**
 * The visible event at or just before original seq `seq` (0 when none): where a cursor on the full trace lands when
 * the internals are hidden. Binary search over `origin`.
 */
export function visibleIndexOf(origin: Int32Array, seq: number): number {
  let lo = 0;
  let hi = origin.length - 1;
  if (hi < 0 || seq <= origin[0]) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (origin[mid] <= seq) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
