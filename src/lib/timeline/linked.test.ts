/**
 * Traces that carry the cross-reference fields (tid, task.ready cause, handle ids, timer.add.task, loop.block.until):
 * the layout and the loop state use them, and fall back to inference when they are absent.
 */
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../trace/events';
import { buildTimeline } from './build';
import { LINKED } from './fixtures/linked';
import { makeTrace } from './fixtures/make-trace';
import { formatMessage } from '../i18n/messages';
import { narrate } from './narration';
import { buildStateIndex, replayState, stateAt } from './state-index';
import { ARROW_KIND_NAMES, SPAN_STATE_NAMES, type Timeline } from './types';

/** A lane as `name#tid` (tasks with a tid) or its name. */
const laneName = (tl: Timeline, lane: number) => {
  const l = tl.lanes[lane];
  return l.tid !== undefined ? `${l.name}#${l.tid}` : l.name;
};

function arrows(tl: Timeline): string[] {
  const a = tl.arrows;
  return Array.from(
    { length: a.count },
    (_, i) =>
      `${ARROW_KIND_NAMES[a.kind[i]]} ${laneName(tl, a.fromLane[i])}@${a.fromSeq[i]} -> ${laneName(tl, a.toLane[i])}@${a.toSeq[i]}`
  );
}

function spans(tl: Timeline, lane: number): string[] {
  const s = tl.spans;
  const out: string[] = [];
  for (let i = s.laneStart[lane]; i < s.laneStart[lane + 1]; i++) {
    out.push(`${SPAN_STATE_NAMES[s.state[i]]} ${s.startSeq[i]}-${s.endSeq[i]}`);
  }
  return out;
}

/** The trace without the given optional fields (as an older or hand-made producer would write it). */
function without(events: readonly TraceEvent[], fields: string[]): TraceEvent[] {
  const strip = (o: Record<string, unknown>) => {
    const c = { ...o };
    for (const f of fields) delete c[f];
    return c;
  };
  return events.map((e) => {
    const c = strip(e as unknown as Record<string, unknown>);
    if (c.awaiting) c.awaiting = strip(c.awaiting as Record<string, unknown>);
    return c as unknown as TraceEvent;
  });
}

describe('buildTimeline with tids, causes and handle ids', () => {
  const tl = buildTimeline(LINKED);
  const w2 = tl.laneByTid.get(2)!;
  const w3 = tl.laneByTid.get(3)!;

  it('gives each task of a repeated name its own lane, found by tid', () => {
    expect(tl.lanes.map((l) => laneName(tl, l.index))).toEqual(['loop', 'Task-1#1', 'w#2', 'w#3']);
    expect([tl.laneByTid.get(1), w2, w3]).toEqual([1, 2, 3]);
    expect(tl.laneByName.get('w')).toBe(w3); // by name: the newest
  });

  it('puts the older w’s steps on its own lane even after the newer w was created', () => {
    expect(spans(tl, w2)).toEqual(['ready 6-11', 'running 11-13', 'waiting 13-27', 'ready 27-29', 'running 29-30']);
    expect(spans(tl, w3)).toEqual(['ready 8-14', 'running 14-16', 'waiting 16-20', 'ready 20-22', 'running 22-23']);
    expect(tl.lanes[w2].end).toMatchObject({ seq: 30 });
    expect(tl.lanes[w3].end).toMatchObject({ seq: 23 });
  });

  it('draws every arrow from the task.ready cause', () => {
    expect(arrows(tl)).toEqual([
      'created-by loop@1 -> Task-1#1@2',
      'created-by Task-1#1@5 -> w#2@6',
      'created-by Task-1#1@7 -> w#3@8',
      'woken-by loop@17 -> w#3@20',
      'woken-by loop@24 -> w#2@27',
      'woken-by w#2@30 -> Task-1#1@31'
    ]);
  });

  it('follows the cause even where inference would say otherwise', () => {
    const moved = LINKED.map((e) => (e.seq === 31 ? { ...e, cause: 23 } : e)) as TraceEvent[];
    expect(arrows(buildTimeline(moved)).at(-1)).toBe('woken-by w#3@23 -> Task-1#1@31');
    // A task that rescheduled itself (cause = its own step) gets no arrow; a cancel cause is cancelled-by.
    const self = LINKED.map((e) => (e.seq === 31 ? { ...e, cause: 4 } : e)) as TraceEvent[];
    expect(arrows(buildTimeline(self))).toHaveLength(5);
    const cancel = makeTrace([
      [0, null, { kind: 'task.create', task: 'Task-1', parent: null, coro: 'main', tid: 1 }],
      [0, null, { kind: 'task.create', task: 'Task-2', parent: 'Task-1', coro: 's', tid: 2 }],
      [0, null, { kind: 'task.resume', task: 'Task-2', tid: 2 }],
      [0, null, { kind: 'task.suspend', task: 'Task-2', tid: 2, awaiting: { kind: 'sleep', until: 5, label: 's' } }],
      [0, null, { kind: 'task.resume', task: 'Task-1', tid: 1 }],
      [0, null, { kind: 'task.cancel', task: 'Task-2', by: 'Task-1', msg: null, tid: 2, byTid: 1 }],
      [0, null, { kind: 'task.ready', task: 'Task-2', tid: 2, cause: 5 }]
    ]);
    expect(arrows(buildTimeline(cancel)).at(-1)).toBe('cancelled-by Task-1#1@5 -> Task-2#2@6');
  });

  it('an unresolvable cause falls back to inference', () => {
    const bogus = LINKED.map((e) => (e.kind === 'task.ready' ? { ...e, cause: 9999 } : e)) as TraceEvent[];
    expect(arrows(buildTimeline(bogus))).toEqual(arrows(tl));
  });

  it('without the new fields, lays out as before: by name (the older w’s steps land on the newest w)', () => {
    const old = buildTimeline(without(LINKED, ['tid', 'parentTid', 'cause', 'handle', 'handles', 'until', 'task']));
    expect(old.laneByTid.size).toBe(0);
    expect(old.lanes.every((l) => l.tid === undefined)).toBe(true);
    expect(spans(old, 3)).toContain('running 11-13');
  });

  it('lays loop.block from t (when it began) to until', () => {
    expect([tl.blocks.count, tl.blocks.startSeconds[0], tl.blocks.endSeconds[0], tl.blocks.lane[0]]).toEqual([
      1, 0.2, 0.7, 1
    ]);
  });
});

describe('loop state with tids and handle ids', () => {
  const index = buildStateIndex(LINKED, { every: 4 });

  it('keeps ready entries by handle and tasks by tid', () => {
    expect(stateAt(LINKED, index, 10).ready).toEqual([
      { kind: 'task', task: 'w', tid: 2, handle: 1 },
      { kind: 'task', task: 'w', tid: 3, handle: 2 }
    ]);
    const s11 = stateAt(LINKED, index, 11);
    expect(s11.ready).toEqual([{ kind: 'task', task: 'w', tid: 3, handle: 2 }]);
    expect(s11.tasks.map((t) => [t.tid, t.status])).toEqual([
      [1, 'waiting'],
      [2, 'running'],
      [3, 'ready']
    ]);
    expect(stateAt(LINKED, index, 18).ready).toEqual([{ kind: 'callback', label: 'sleep(0.1) timer', handle: 4 }]);
    expect(stateAt(LINKED, index, 37).ready).toEqual([
      { kind: 'callback', label: '_run_until_complete_cb', handle: 8 }
    ]);
    expect(stateAt(LINKED, index, 39).ready).toEqual([]);
  });

  it('takes timer owners from timer.add.task', () => {
    expect(stateAt(LINKED, index, 16).timers.map((x) => [x.id, x.owner])).toEqual([
      [4, 'w'],
      [3, 'w']
    ]);
  });

  it('agrees with the reference replay at every cursor (checkpoints share the tid index)', () => {
    for (let c = 0; c < LINKED.length; c++) expect(stateAt(LINKED, index, c)).toEqual(replayState(LINKED, c));
  });

  it('a tick with handles tells a callback from a task step of the same text; callback.run removes by handle', () => {
    const trace = makeTrace([
      [0, null, { kind: 'task.create', task: 'Task-1', parent: null, coro: 'main', tid: 1 }],
      [0, null, { kind: 'task.ready', task: 'Task-1', tid: 1, handle: 0 }],
      [0, null, { kind: 'callback.ready', handle: 1, label: 'Task-1' }],
      [0, null, { kind: 'callback.ready', handle: 2, label: 'cb' }],
      [0, null, { kind: 'callback.ready', handle: 3, label: 'cb' }],
      [0, null, { kind: 'loop.tick', iteration: 1, ready: ['Task-1', 'Task-1', 'cb', 'cb'], handles: [0, 1, 2, 3] }],
      [0, null, { kind: 'callback.run', label: 'cb', handle: 3 }]
    ]);
    expect(replayState(trace, 5).ready.map((e) => e.kind)).toEqual(['task', 'callback', 'callback', 'callback']);
    expect(replayState(trace, 6).ready.map((e) => e.handle)).toEqual([0, 1, 2]);
    // Without handles the same tick reads the label as the live task's name.
    const bare = without(trace, ['handles']);
    expect(replayState(bare, 5).ready.map((e) => e.kind)).toEqual(['task', 'task', 'callback', 'callback']);
  });

  it('knows when a worker thread ends and waits for the first to end', () => {
    const trace = makeTrace([
      [0, null, { kind: 'thread.start', thread: 'asyncio_0', func: 'f', task: null, until: 3, handle: 5 }],
      [0, null, { kind: 'thread.start', thread: 'asyncio_1', func: 'g', task: null, until: 1, handle: 6 }]
    ]);
    const s = replayState(trace, 1);
    expect(s.threads.map((x) => x.untilSeconds)).toEqual([3, 1]);
    expect(s.idleWait).toEqual({ kind: 'thread', thread: 'asyncio_1' });
  });
});

describe('narration with tids', () => {
  it('narrates callback.ready and finds a task by tid', () => {
    const before = replayState(LINKED, 36);
    expect(formatMessage(narrate(LINKED[37], before))).toBe(
      'The callback _run_until_complete_cb joins the ready queue'
    );
    // w#2 is woken while w#3 (same name) is already done: the sentence is about w#2's sleep.
    expect(formatMessage(narrate(LINKED[27], replayState(LINKED, 26)))).toBe(
      'w is woken up (sleep(0.2) is over) and joins the ready queue'
    );
  });
});
