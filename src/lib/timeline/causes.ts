import type { Awaiting } from '../trace/events';
import { ArrowKind, type ArrowKindCode } from './types';

/**
 * Derives "why did this task become ready?". When the task.ready carries `cause` (the engine always sets it) the
 * layout pass resolves that event and calls `explicit`; otherwise the answer is inferred from trace order alone
 * (hand-made or older traces):
 *
 * The rules follow how asyncio wakes a task: a future's completion schedules the waiter's wakeup with call_soon, so
 * the task.ready is emitted right after (or in the same callback as) whatever completed the awaited thing:
 *  - sleep: the timer the task added during its last step fired (timer.fire);
 *  - task / gather / wait: the (latest) task.done among the awaited tasks;
 *  - queue.*: the latest queue.change of that queue, in the lane of whoever changed it;
 *  - thread: the latest thread.end of that worker thread;
 *  - yield: no arrow (the task rescheduled itself);
 *  - anything else (locks, events, plain futures), or when the rule finds nothing: the step or callback running when
 *    the ready happened, else the step that just ended (a done task's callbacks wake its waiters).
 * A pending task.cancel wins over all of these (cancelled-by), and the first ready after task.create is created-by.
 *
 * Entities: a task is its creation index (>= 0), the loop is -1, a worker thread is -(threadIndex + 2).
 * Built for million-event traces: per-task facts live in number arrays indexed by entity and the answer is written
 * into the reused `out` record, so the hot path allocates nothing.
 */

export const LOOP_ENTITY = -1;
export const threadEntity = (threadIndex: number): number => -(threadIndex + 2);

const NONE = -1;

/** A point on the timeline: lane entity, trace position, virtual time. */
export interface CausePoint {
  entity: number;
  seq: number;
  tSeconds: number;
}

export class CauseTracker {
  /** The last answer of `causeOf` (valid until the next call). */
  readonly out: CausePoint & { kind: ArrowKindCode } = { kind: ArrowKind.wokenBy, entity: 0, seq: 0, tSeconds: 0 };

  // Per task entity. `*Seq = NONE` means "no such record".
  private readonly createdEntity: number[] = [];
  private readonly createdSeq: number[] = [];
  private readonly createdT: number[] = [];
  private readonly cancelEntity: number[] = [];
  private readonly cancelSeq: number[] = [];
  private readonly cancelT: number[] = [];
  private readonly doneSeq: number[] = [];
  private readonly doneT: number[] = [];
  /** The last timer the task's step added, and when that timer fired. */
  private readonly timerId: number[] = [];
  private readonly firedSeq: number[] = [];
  private readonly firedT: number[] = [];

  private readonly timerOwner = new Map<number, number>();
  private readonly queueChanged = new Map<string, CausePoint>();
  private readonly threadEnded = new Map<string, CausePoint>();
  /** A plain callback running now (callback.run since the last step or tick). */
  private callbackSeq = NONE;
  private callbackT = 0;
  /** A step that just ended (task.done) with no step or tick since: its done-callbacks wake waiters. */
  private endedEntity = NONE;
  private endedSeq = NONE;
  private endedT = 0;

  created(child: number, from: number, seq: number, t: number): void {
    while (this.createdSeq.length <= child) {
      this.createdEntity.push(0);
      this.createdSeq.push(NONE);
      this.createdT.push(0);
      this.cancelEntity.push(0);
      this.cancelSeq.push(NONE);
      this.cancelT.push(0);
      this.doneSeq.push(NONE);
      this.doneT.push(0);
      this.timerId.push(NONE);
      this.firedSeq.push(NONE);
      this.firedT.push(0);
    }
    this.createdEntity[child] = from;
    this.createdSeq[child] = seq;
    this.createdT[child] = t;
  }

  cancelled(target: number, from: number, seq: number, t: number): void {
    this.cancelEntity[target] = from;
    this.cancelSeq[target] = seq;
    this.cancelT[target] = t;
  }

  done(entity: number, seq: number, t: number): void {
    this.doneSeq[entity] = seq;
    this.doneT[entity] = t;
    // A cancel or creation that never landed has no arrow.
    this.createdSeq[entity] = NONE;
    this.cancelSeq[entity] = NONE;
    this.endedEntity = entity;
    this.endedSeq = seq;
    this.endedT = t;
  }

  timerAdded(id: number, running: number | null): void {
    if (running === null) return;
    this.timerId[running] = id;
    this.timerOwner.set(id, running);
  }

  timerFired(id: number, seq: number, t: number): void {
    const owner = this.timerOwner.get(id);
    if (owner === undefined) return;
    this.timerOwner.delete(id);
    if (this.timerId[owner] === id) {
      this.firedSeq[owner] = seq;
      this.firedT[owner] = t;
    }
  }

  timerCancelled(id: number): void {
    this.timerOwner.delete(id);
  }

  queueChange(queue: string, entity: number, seq: number, t: number): void {
    setPoint(this.queueChanged, queue, entity, seq, t);
  }

  threadEnd(thread: string, entity: number, seq: number, t: number): void {
    setPoint(this.threadEnded, thread, entity, seq, t);
  }

  callbackRun(seq: number, t: number): void {
    this.callbackSeq = seq;
    this.callbackT = t;
    this.endedSeq = NONE;
  }

  /** A step begins or an iteration starts: no callback or finished step is "current" any more. */
  stepBoundary(): void {
    this.callbackSeq = NONE;
    this.endedSeq = NONE;
  }

  /**
   * The trace named the cause of task `entity`'s ready: record the arrow (`kind` null = none, e.g. a task that
   * rescheduled itself) and consume the pending created/cancelled records, as an inferred answer would.
   */
  explicit(entity: number, kind: ArrowKindCode | null, from: number, seq: number, t: number): boolean {
    this.createdSeq[entity] = NONE;
    this.cancelSeq[entity] = NONE;
    this.firedSeq[entity] = NONE;
    if (kind === null) return false;
    return this.put(kind, from, seq, t);
  }

  /**
   * Why task `entity` becomes ready (`isReady`) or is resumed without a ready (a created or cancelled task), at
   * `seq`/`t`. Writes `out` and returns true, or returns false (no arrow). Consumes created/cancel records.
   * `awaiting` = its last suspend's awaiting (null before its first step); `entityOf` resolves task names.
   */
  causeOf(
    entity: number,
    awaiting: Awaiting | null,
    isReady: boolean,
    seq: number,
    t: number,
    running: number | null,
    entityOf: (name: string, tid?: number | null) => number | null
  ): boolean {
    if (this.createdSeq[entity] !== NONE) {
      this.put(ArrowKind.createdBy, this.createdEntity[entity], this.createdSeq[entity], this.createdT[entity]);
      this.createdSeq[entity] = NONE;
      return true;
    }
    if (this.cancelSeq[entity] !== NONE) {
      this.put(ArrowKind.cancelledBy, this.cancelEntity[entity], this.cancelSeq[entity], this.cancelT[entity]);
      this.cancelSeq[entity] = NONE;
      return true;
    }
    if (!isReady || awaiting === null) return false;
    if (this.wokenBy(entity, awaiting, entityOf)) return true;
    if (awaiting.kind === 'yield') return false;
    if (running !== null && running !== entity) return this.put(ArrowKind.wokenBy, running, seq, t);
    if (this.callbackSeq !== NONE) return this.put(ArrowKind.wokenBy, LOOP_ENTITY, this.callbackSeq, this.callbackT);
    if (this.endedSeq !== NONE && this.endedEntity !== entity) {
      return this.put(ArrowKind.wokenBy, this.endedEntity, this.endedSeq, this.endedT);
    }
    return false;
  }

  private wokenBy(
    entity: number,
    awaiting: Awaiting,
    entityOf: (name: string, tid?: number | null) => number | null
  ): boolean {
    switch (awaiting.kind) {
      case 'sleep':
        if (this.firedSeq[entity] === NONE) return false;
        this.put(ArrowKind.wokenBy, LOOP_ENTITY, this.firedSeq[entity], this.firedT[entity]);
        this.firedSeq[entity] = NONE;
        return true;
      case 'task':
        return this.doneOf([awaiting.task], entityOf, [awaiting.tid ?? null]);
      case 'gather':
      case 'wait':
        return this.doneOf(awaiting.children, entityOf, awaiting.childIds);
      case 'queue.get':
      case 'queue.put':
      case 'queue.join':
        return this.fromPoint(this.queueChanged.get(awaiting.queue));
      case 'thread':
        return this.fromPoint(this.threadEnded.get(awaiting.thread));
      default:
        return false;
    }
  }

  /** The latest task.done among `names` (or their tids, parallel, when the trace has them). */
  private doneOf(
    names: readonly string[],
    entityOf: (name: string, tid?: number | null) => number | null,
    tids?: readonly (number | null)[]
  ): boolean {
    let best = NONE;
    for (let k = 0; k < names.length; k++) {
      const e = entityOf(names[k], tids?.[k]);
      if (e !== null && this.doneSeq[e] !== NONE && (best === NONE || this.doneSeq[e] > this.doneSeq[best])) best = e;
    }
    return best !== NONE && this.put(ArrowKind.wokenBy, best, this.doneSeq[best], this.doneT[best]);
  }

  private fromPoint(p: CausePoint | undefined): boolean {
    return p !== undefined && this.put(ArrowKind.wokenBy, p.entity, p.seq, p.tSeconds);
  }

  private put(kind: ArrowKindCode, entity: number, seq: number, t: number): true {
    this.out.kind = kind;
    this.out.entity = entity;
    this.out.seq = seq;
    this.out.tSeconds = t;
    return true;
  }
}

function setPoint(map: Map<string, CausePoint>, key: string, entity: number, seq: number, t: number): void {
  const p = map.get(key);
  if (p) {
    p.entity = entity;
    p.seq = seq;
    p.tSeconds = t;
  } else map.set(key, { entity, seq, tSeconds: t });
}
