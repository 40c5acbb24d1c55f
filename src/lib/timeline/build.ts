import type { Awaiting, TraceEvent } from '../trace/events';
import { CauseTracker, LOOP_ENTITY, threadEntity } from './causes';
import { Column, StringTable } from './columns';
import { orderLanes, type EntityInfo } from './lanes';
import { MinTimerHeap } from './timer-heap';
import {
  ArrowKind,
  type ArrowKindCode,
  SpanState,
  type ArrowColumns,
  type BlockColumns,
  type EndKind,
  type LaneEnd,
  type SpanColumns,
  type SpanStateCode,
  type Timeline
} from './types';

/** Two times closer than this are the same instant (CPython's clock resolution). */
const EPS_SECONDS = 1e-9;
const NONE = -1;

/** One task or thread while the trace is read: the span it has open, what it awaits. */
interface Track {
  info: EntityInfo;
  openState: SpanStateCode | typeof NONE;
  openSeconds: number;
  openSeq: number;
  openLabel: number;
  awaiting: Awaiting | null;
  /** task.ready arrived while the step was still running (e.g. sleep(0) reschedules itself): suspend → ready. */
  readyWhileRunning: boolean;
  /** Loop lane: the open span is the rest of an iteration after a blocking band (dropped if it stays empty). */
  continued: boolean;
}

const END_KIND: Record<'result' | 'exception' | 'cancelled', EndKind> = {
  result: 'done',
  exception: 'failed',
  cancelled: 'cancelled'
};

/**
 * Lays a trace out as lanes and spans in one pass (plus a counting sort by lane). Pure; unknown event kinds are
 * ignored, and out-of-order anomalies (a resume without a ready, a ready while running) are absorbed rather than
 * thrown, so any trace v1 from any producer lays out.
 *
 * Span entities during the pass: a task is its creation index, the loop is -1, threads are -(index + 2); lanes are
 * assigned at the end (`orderLanes`), when the whole task tree is known. A task reference resolves by `tid` when the
 * event has one, else by name (the newest task of that name). `actor[i]` is the entity event i happened in (the
 * lane an arrow from it starts on), so a task.ready's explicit `cause` resolves in O(1).
 */
export function buildTimeline(events: readonly TraceEvent[]): Timeline {
  const strings = new StringTable();
  const cap = Math.max(64, events.length);
  const sStart = new Column(Float64Array, cap);
  const sEnd = new Column(Float64Array, cap);
  const sStartSeq = new Column(Uint32Array, cap);
  const sEndSeq = new Column(Uint32Array, cap);
  const sEntity = new Column(Int32Array, cap);
  const sState = new Column(Uint8Array, cap);
  const sLabel = new Column(Uint32Array, cap);
  const bStart = new Column(Float64Array);
  const bEnd = new Column(Float64Array);
  const bSeq = new Column(Uint32Array);
  const bEntity = new Column(Int32Array);
  const aKind = new Column(Uint8Array);
  const aFrom = new Column(Int32Array);
  const aFromSeq = new Column(Uint32Array);
  const aFromT = new Column(Float64Array);
  const aTo = new Column(Int32Array);
  const aToSeq = new Column(Uint32Array);
  const aToT = new Column(Float64Array);
  const pSeq = new Column(Uint32Array);
  const pEntity = new Column(Int32Array);
  const pT = new Column(Float64Array);

  const tasks: Track[] = [];
  const taskByName = new Map<string, number>();
  const taskByTid = new Map<number, number>();
  const actor = new Int32Array(events.length);
  const threads: Track[] = [];
  const threadByName = new Map<string, number>();
  const ends = new Map<number, LaneEnd>();
  const causes = new CauseTracker();
  const timers = new MinTimerHeap();
  const loop: Track = newTrack({ kind: 'loop', name: 'loop', coro: '', parent: null, seq: 0, tSeconds: 0 });

  const pushSpan = (
    entity: number,
    state: number,
    t0: number,
    seq0: number,
    t1: number,
    seq1: number,
    label: number
  ) => {
    sStart.push(t0);
    sEnd.push(Math.max(t0, t1));
    sStartSeq.push(seq0);
    sEndSeq.push(Math.max(seq0, seq1));
    sEntity.push(entity);
    sState.push(state);
    sLabel.push(label);
  };
  const close = (track: Track, entity: number, t: number, seq: number) => {
    if (track.openState === NONE) return;
    // The rest of an iteration after a blocking band, with no event of its own (the next event blocks again, idles
    // or starts the next iteration): not a span.
    if (track.continued && track.openSeq === prevSeq && t <= track.openSeconds) {
      track.openState = NONE;
      return;
    }
    pushSpan(entity, track.openState, track.openSeconds, track.openSeq, t, seq, track.openLabel);
    track.openState = NONE;
  };
  const open = (track: Track, state: SpanStateCode, t: number, seq: number, label: number) => {
    track.openState = state;
    track.openSeconds = t;
    track.openSeq = seq;
    track.openLabel = label;
    track.continued = false;
  };
  const taskEntity = (name: string, tid?: number | null): number | null =>
    (tid !== undefined && tid !== null ? taskByTid.get(tid) : undefined) ?? taskByName.get(name) ?? null;
  const threadIndex = (name: string, seq: number, t: number): number => {
    let i = threadByName.get(name);
    if (i === undefined) {
      i = threads.length;
      threads.push(newTrack({ kind: 'thread', name, coro: '', parent: null, seq, tSeconds: t }));
      threadByName.set(name, i);
    }
    return i;
  };

  let running: number | null = null;
  let prevT = 0;
  let prevSeq = 0;
  let bandEnd = 0;
  const runningThreads = new Set<string>();

  for (let idx = 0; idx < events.length; idx++) {
    const ev = events[idx];
    const t = Math.max(ev.t, prevT);
    const seq = ev.seq;
    // Where the event happens, unless a case below says otherwise.
    actor[idx] = running ?? LOOP_ENTITY;

    if (ev.kind === 'loop.block') {
      // The format stamps `t` when the block begins and `until` says where it ends. Traces without `until` (older,
      // hand-made) may be stamped either way: if the time since the previous event (or band) already covers the
      // block, the band ends at t; otherwise it starts at t.
      const frontier = Math.max(prevT, bandEnd);
      const [b0, b1] =
        ev.until !== undefined
          ? [t, Math.max(t, ev.until)]
          : t - ev.seconds >= frontier - EPS_SECONDS
            ? [t - ev.seconds, t]
            : [t, t + ev.seconds];
      const blocker = ev.task === null ? null : taskEntity(ev.task, ev.tid);
      bStart.push(b0);
      bEnd.push(b1);
      bSeq.push(seq);
      bEntity.push(blocker ?? LOOP_ENTITY);
      const inIteration = loop.openState === SpanState.iteration;
      const iterLabel = loop.openLabel;
      close(loop, LOOP_ENTITY, b0, seq);
      pushSpan(LOOP_ENTITY, SpanState.blocked, b0, seq, b1, seq, strings.intern(ev.task ?? ''));
      // The iteration goes on after the band (split so the loop lane's spans never overlap).
      if (inIteration) {
        open(loop, SpanState.iteration, b1, seq, iterLabel);
        loop.continued = true;
      }
      bandEnd = Math.max(bandEnd, b1);
    }

    // The clock moved with nothing blocking: the loop was idle (selecting) from the previous event until now.
    const idleFrom = Math.max(prevT, bandEnd);
    if (t > idleFrom + EPS_SECONDS) {
      close(loop, LOOP_ENTITY, idleFrom, prevSeq);
      pushSpan(
        LOOP_ENTITY,
        SpanState.idle,
        idleFrom,
        prevSeq,
        t,
        seq,
        strings.intern(idleReason(timers, runningThreads))
      );
    }

    switch (ev.kind) {
      case 'task.create': {
        const parent = ev.parent === null ? null : taskEntity(ev.parent, ev.parentTid);
        const child = tasks.length;
        taskByName.set(ev.task, child);
        if (ev.tid !== undefined) taskByTid.set(ev.tid, child);
        const info = { kind: 'task' as const, name: ev.task, coro: ev.coro, parent, seq, tSeconds: t };
        tasks.push(newTrack(ev.tid !== undefined ? { ...info, tid: ev.tid } : info));
        causes.created(child, parent ?? LOOP_ENTITY, seq, t);
        actor[idx] = parent ?? LOOP_ENTITY;
        break;
      }
      case 'task.ready': {
        const i = taskEntity(ev.task, ev.tid);
        if (i === null) break;
        const track = tasks[i];
        if (running === i && track.openState === SpanState.running) {
          track.readyWhileRunning = true;
          break;
        }
        const c = ev.cause === undefined ? -1 : indexOfSeq(events, ev.cause, idx);
        if (c >= 0) {
          const kind = explicitArrowKind(events[c], ev, actor[c] === i);
          if (causes.explicit(i, kind, actor[c], events[c].seq, Math.min(events[c].t, t))) addArrow(i, seq, t);
        } else if (causes.causeOf(i, track.awaiting, true, seq, t, running, taskEntity)) addArrow(i, seq, t);
        close(track, i, t, seq);
        open(track, SpanState.ready, t, seq, 0);
        break;
      }
      case 'task.resume': {
        const i = taskEntity(ev.task, ev.tid);
        if (i === null) break;
        actor[idx] = i;
        if (running !== null && running !== i) close(tasks[running], running, t, seq);
        const track = tasks[i];
        if (causes.causeOf(i, track.awaiting, false, seq, t, running, taskEntity)) addArrow(i, seq, t);
        causes.stepBoundary();
        close(track, i, t, seq);
        open(track, SpanState.running, t, seq, 0);
        track.readyWhileRunning = false;
        running = i;
        break;
      }
      case 'task.suspend': {
        const i = taskEntity(ev.task, ev.tid);
        if (i === null) break;
        actor[idx] = i;
        const track = tasks[i];
        close(track, i, t, seq);
        track.awaiting = ev.awaiting;
        if (track.readyWhileRunning) open(track, SpanState.ready, t, seq, 0);
        else open(track, SpanState.waiting, t, seq, strings.intern(ev.awaiting.label));
        track.readyWhileRunning = false;
        if (running === i) running = null;
        break;
      }
      case 'task.done': {
        const i = taskEntity(ev.task, ev.tid);
        if (i === null) break;
        actor[idx] = i;
        close(tasks[i], i, t, seq);
        ends.set(i, { kind: END_KIND[ev.state] ?? 'done', tSeconds: t, seq, detail: ev.detail });
        causes.done(i, seq, t);
        if (running === i) running = null;
        break;
      }
      case 'task.cancel': {
        const target = taskEntity(ev.task, ev.tid);
        const by = ev.by === null ? null : taskEntity(ev.by, ev.byTid);
        actor[idx] = by ?? running ?? LOOP_ENTITY;
        if (target !== null) causes.cancelled(target, actor[idx], seq, t);
        break;
      }
      case 'timer.add':
        timers.add(ev.id, ev.when, ev.label);
        // The trace may say whose step set it (task/tid); else it is whoever is running.
        causes.timerAdded(
          ev.id,
          ev.task === undefined ? running : ev.task === null ? null : taskEntity(ev.task, ev.tid)
        );
        break;
      case 'timer.fire':
        actor[idx] = LOOP_ENTITY;
        timers.remove(ev.id);
        causes.timerFired(ev.id, seq, t);
        break;
      case 'timer.cancel':
        timers.remove(ev.id);
        causes.timerCancelled(ev.id);
        break;
      case 'callback.run':
        actor[idx] = LOOP_ENTITY;
        causes.callbackRun(seq, t);
        break;
      case 'queue.change':
        causes.queueChange(ev.queue, running ?? LOOP_ENTITY, seq, t);
        break;
      case 'thread.start': {
        const k = threadIndex(ev.thread, seq, t);
        actor[idx] = threadEntity(k);
        close(threads[k], threadEntity(k), t, seq);
        open(threads[k], SpanState.running, t, seq, strings.intern(ev.func));
        runningThreads.add(ev.thread);
        break;
      }
      case 'thread.end': {
        const k = threadIndex(ev.thread, seq, t);
        actor[idx] = threadEntity(k);
        close(threads[k], threadEntity(k), t, seq);
        runningThreads.delete(ev.thread);
        causes.threadEnd(ev.thread, threadEntity(k), seq, t);
        break;
      }
      case 'print': {
        pSeq.push(seq);
        pT.push(t);
        const who = ev.thread
          ? threadEntity(threadIndex(ev.thread, seq, t))
          : ev.task === null
            ? null
            : taskEntity(ev.task, ev.tid);
        actor[idx] = who ?? running ?? LOOP_ENTITY;
        pEntity.push(actor[idx]);
        break;
      }
      case 'loop.tick':
        actor[idx] = LOOP_ENTITY;
        causes.stepBoundary();
        close(loop, LOOP_ENTITY, prevT, prevSeq);
        // Iteration spans carry the iteration number itself in `label` (see SpanColumns.label).
        open(loop, SpanState.iteration, t, seq, ev.iteration >>> 0);
        break;
    }
    prevT = t;
    prevSeq = seq;
  }

  // Whatever is still open runs to the end of the trace (a task parked forever, a loop iteration cut by exit).
  close(loop, LOOP_ENTITY, prevT, prevSeq);
  tasks.forEach((track, i) => close(track, i, prevT, prevSeq));
  threads.forEach((track, k) => close(track, threadEntity(k), prevT, prevSeq));

  function addArrow(to: number, seq: number, t: number): void {
    const cause = causes.out;
    aKind.push(cause.kind);
    aFrom.push(cause.entity);
    aFromSeq.push(cause.seq);
    aFromT.push(cause.tSeconds);
    aTo.push(to);
    aToSeq.push(seq);
    aToT.push(t);
  }

  const { lanes, laneOf } = orderLanes(
    loop.info,
    tasks.map((x) => x.info),
    threads.map((x) => x.info),
    ends
  );
  const laneByName = new Map<string, number>();
  for (const [name, i] of taskByName) laneByName.set(name, laneOf(i));
  const laneByTid = new Map<number, number>();
  for (const [tid, i] of taskByTid) laneByTid.set(tid, laneOf(i));
  for (const [name, k] of threadByName) laneByName.set(name, laneOf(threadEntity(k)));

  return {
    lanes,
    loopLane: 0,
    laneByName,
    laneByTid,
    spans: sortSpansByLane(lanes.length, laneOf, { sStart, sEnd, sStartSeq, sEndSeq, sEntity, sState, sLabel }),
    blocks: remapBlocks(laneOf, bStart, bEnd, bSeq, bEntity),
    arrows: remapArrows(laneOf, { aKind, aFrom, aFromSeq, aFromT, aTo, aToSeq, aToT }),
    prints: { count: pSeq.length, seq: pSeq.finish(), tSeconds: pT.finish(), lane: mapLanes(pEntity, laneOf) },
    strings: strings.strings,
    endSeconds: prevT,
    eventCount: events.length
  };
}

/**
 * Index of the event with that seq, if it comes before `before` (a cause is always earlier); -1 when absent.
 * Traces from the tracer have events[i].seq === i; otherwise a binary search (seq increases).
 */
function indexOfSeq(events: readonly TraceEvent[], seq: number, before: number): number {
  if (!Number.isInteger(seq) || seq < 0) return -1;
  if (seq < before && events[seq]?.seq === seq) return seq;
  let lo = 0;
  let hi = before;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo < before && events[lo].seq === seq ? lo : -1;
}

type ReadyEvent = Extract<TraceEvent, { kind: 'task.ready' }>;

/** Same task: by tid when both events carry one, else by name. */
function sameTask(a: { task: string; tid?: number }, b: ReadyEvent): boolean {
  return a.tid !== undefined && b.tid !== undefined ? a.tid === b.tid : a.task === b.task;
}

/**
 * The arrow an explicit cause draws: its own creation → created-by; a cancel of this task → cancelled-by; a step of
 * the task itself (sleep(0): it rescheduled itself) → none; anything else → woken-by.
 */
function explicitArrowKind(cause: TraceEvent, ready: ReadyEvent, causeInSameTask: boolean): ArrowKindCode | null {
  if (cause.kind === 'task.create' && sameTask(cause, ready)) return ArrowKind.createdBy;
  if (cause.kind === 'task.cancel' && sameTask(cause, ready)) return ArrowKind.cancelledBy;
  if (cause.kind === 'task.resume' && causeInSameTask) return null;
  return ArrowKind.wokenBy;
}

function newTrack(info: EntityInfo): Track {
  return {
    info,
    openState: NONE,
    openSeconds: 0,
    openSeq: 0,
    openLabel: 0,
    awaiting: null,
    readyWhileRunning: false,
    continued: false
  };
}

/** What an idle loop waits for: the earliest timer's label, else a running worker thread, else nothing known. */
function idleReason(timers: MinTimerHeap, runningThreads: Set<string>): string {
  const next = timers.peek();
  if (next) return next.label;
  for (const name of runningThreads) return name;
  return '';
}

function mapLanes(entities: Column<Int32Array>, laneOf: (entity: number) => number): Uint32Array {
  const out = new Uint32Array(entities.length);
  for (let i = 0; i < out.length; i++) out[i] = laneOf(entities.get(i));
  return out;
}

interface SpanBuilders {
  sStart: Column<Float64Array>;
  sEnd: Column<Float64Array>;
  sStartSeq: Column<Uint32Array>;
  sEndSeq: Column<Uint32Array>;
  sEntity: Column<Int32Array>;
  sState: Column<Uint8Array>;
  sLabel: Column<Uint32Array>;
}

/**
 * Counting sort of the spans by lane. Within a lane, spans were closed in time order (a track has one open span at a
 * time), and the sort is stable, so each lane's slice is sorted by start and by end: culling is a binary search.
 */
function sortSpansByLane(laneCount: number, laneOf: (entity: number) => number, b: SpanBuilders): SpanColumns {
  const n = b.sStart.length;
  const [start, end, startSeq, endSeq, entity, state, label] = [
    b.sStart.finish(),
    b.sEnd.finish(),
    b.sStartSeq.finish(),
    b.sEndSeq.finish(),
    b.sEntity.finish(),
    b.sState.finish(),
    b.sLabel.finish()
  ] as const;
  const laneOfSpan = new Uint32Array(n);
  const laneStart = new Uint32Array(laneCount + 1);
  for (let i = 0; i < n; i++) {
    const lane = laneOf(entity[i]);
    laneOfSpan[i] = lane;
    laneStart[lane + 1]++;
  }
  for (let l = 0; l < laneCount; l++) laneStart[l + 1] += laneStart[l];
  const next = laneStart.slice(0, laneCount);
  const spans: SpanColumns = {
    count: n,
    startSeconds: new Float64Array(n),
    endSeconds: new Float64Array(n),
    startSeq: new Uint32Array(n),
    endSeq: new Uint32Array(n),
    lane: new Uint32Array(n),
    state: new Uint8Array(n),
    label: new Uint32Array(n),
    laneStart
  };
  for (let i = 0; i < n; i++) {
    const lane = laneOfSpan[i];
    const j = next[lane]++;
    spans.startSeconds[j] = start[i];
    spans.endSeconds[j] = end[i];
    spans.startSeq[j] = startSeq[i];
    spans.endSeq[j] = endSeq[i];
    spans.lane[j] = lane;
    spans.state[j] = state[i];
    spans.label[j] = label[i];
  }
  return spans;
}

function remapBlocks(
  laneOf: (entity: number) => number,
  start: Column<Float64Array>,
  end: Column<Float64Array>,
  seq: Column<Uint32Array>,
  entity: Column<Int32Array>
): BlockColumns {
  return {
    count: start.length,
    startSeconds: start.finish(),
    endSeconds: end.finish(),
    seq: seq.finish(),
    lane: mapLanes(entity, laneOf)
  };
}

interface ArrowBuilders {
  aKind: Column<Uint8Array>;
  aFrom: Column<Int32Array>;
  aFromSeq: Column<Uint32Array>;
  aFromT: Column<Float64Array>;
  aTo: Column<Int32Array>;
  aToSeq: Column<Uint32Array>;
  aToT: Column<Float64Array>;
}

function remapArrows(laneOf: (entity: number) => number, b: ArrowBuilders): ArrowColumns {
  return {
    count: b.aKind.length,
    kind: b.aKind.finish(),
    fromLane: mapLanes(b.aFrom, laneOf),
    fromSeq: b.aFromSeq.finish(),
    fromSeconds: b.aFromT.finish(),
    toLane: mapLanes(b.aTo, laneOf),
    toSeq: b.aToSeq.finish(),
    toSeconds: b.aToT.finish()
  };
}
