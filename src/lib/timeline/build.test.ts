import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../trace/events';
import { buildTimeline } from './build';
import { arrowsOf, spansOf } from '../../../tests/fixtures/timeline/inspect';
import { BLOCK_BEFORE, KITCHEN_SINK, STUCK } from '../../../tests/fixtures/timeline/kitchen-sink';
import { makeTrace } from '../../../tests/fixtures/timeline/make-trace';
import { SAY_AFTER } from '../../../tests/fixtures/timeline/say-after';

describe('buildTimeline: say_after', () => {
  const tl = buildTimeline(SAY_AFTER);

  it('has the loop lane, then one lane per task nested under main', () => {
    expect(tl.lanes.map((l) => [l.index, l.kind, l.label, l.depth, l.parent])).toEqual([
      [0, 'loop', 'loop', 0, -1],
      [1, 'task', 'Task-1 · main', 0, -1],
      [2, 'task', 'Task-2 · say_after', 1, 1],
      [3, 'task', 'Task-3 · say_after', 1, 1]
    ]);
    expect(tl.endSeconds).toBe(2);
    expect(tl.eventCount).toBe(46);
  });

  it('gives every task an end marker', () => {
    expect(tl.lanes.slice(1).map((l) => l.end)).toEqual([
      { kind: 'done', tSeconds: 2, seq: 43, detail: 'None' },
      { kind: 'done', tSeconds: 1, seq: 26, detail: 'None' },
      { kind: 'done', tSeconds: 2, seq: 38, detail: 'None' }
    ]);
  });

  it('lays out Task-2: ready, running, waiting on sleep(1), ready, running', () => {
    expect(spansOf(tl, 'Task-2')).toEqual([
      ['ready', 0, 0, 7, 13, ''],
      ['running', 0, 0, 13, 15, ''],
      ['waiting', 0, 1, 15, 22, 'sleep(1)'],
      ['ready', 1, 1, 22, 24, ''],
      ['running', 1, 1, 24, 26, '']
    ]);
  });

  it('labels main waiting on each task it awaits', () => {
    expect(spansOf(tl, 'Task-1').filter((s) => s[0] === 'waiting')).toEqual([
      ['waiting', 0, 1, 11, 27, 'Task-2'],
      ['waiting', 1, 2, 30, 39, 'Task-3']
    ]);
  });

  it('shows the loop iterating and idling until each timer', () => {
    expect(spansOf(tl, 'loop')).toEqual([
      ['iteration', 0, 0, 3, 11, '0'],
      ['iteration', 0, 0, 12, 18, '1'],
      ['idle', 0, 1, 18, 19, 'sleep(1)'],
      ['iteration', 1, 1, 20, 22, '2'],
      ['iteration', 1, 1, 23, 27, '3'],
      ['iteration', 1, 1, 28, 30, '4'],
      ['idle', 1, 2, 30, 31, 'sleep(2)'],
      ['iteration', 2, 2, 32, 34, '5'],
      ['iteration', 2, 2, 35, 39, '6'],
      ['iteration', 2, 2, 40, 45, '7']
    ]);
  });

  it('derives created-by and woken-by arrows from trace order', () => {
    expect(arrowsOf(tl)).toEqual([
      'created-by loop@1 -> Task-1@2',
      'created-by Task-1@6 -> Task-2@7',
      'created-by Task-1@8 -> Task-3@9',
      'woken-by loop@19 -> Task-2@22', // timer.fire of the sleep(1) timer
      'woken-by Task-2@26 -> Task-1@27', // Task-2 done → main, which awaited it
      'woken-by loop@31 -> Task-3@34',
      'woken-by Task-3@38 -> Task-1@39'
    ]);
  });

  it('records where prints happened', () => {
    expect([...tl.prints.seq]).toEqual([5, 10, 25, 37, 42]);
    expect([...tl.prints.lane]).toEqual([1, 1, 2, 3, 1]);
  });

  it('has no blocking bands', () => {
    expect(tl.blocks.count).toBe(0);
  });
});

describe('buildTimeline: kitchen sink', () => {
  const tl = buildTimeline(KITCHEN_SINK);

  it('nests a grandchild under its parent even though it was created after a sibling', () => {
    expect(tl.lanes.map((l) => `${'  '.repeat(l.depth)}${l.label}`)).toEqual([
      'loop',
      'Task-1 · main',
      '  Task-2 · worker',
      '  Task-3 · blocker',
      '    Task-5 · helper',
      '  Task-4 · slow',
      'asyncio_0'
    ]);
    expect(tl.lanes[4].parent).toBe(3);
  });

  it('marks done, failed and cancelled ends', () => {
    const ends = Object.fromEntries(tl.lanes.filter((l) => l.kind === 'task').map((l) => [l.name, l.end?.kind]));
    expect(ends).toEqual({
      'Task-1': 'done',
      'Task-2': 'done',
      'Task-3': 'done',
      'Task-4': 'cancelled',
      'Task-5': 'failed'
    });
    expect(tl.lanes[4].end?.detail).toBe("ValueError('boom')");
  });

  it('draws the blocking time.sleep as a band and as a loop-lane span, splitting the iteration', () => {
    expect(tl.blocks.count).toBe(1);
    expect([tl.blocks.startSeconds[0], tl.blocks.endSeconds[0], tl.blocks.seq[0], tl.blocks.lane[0]]).toEqual([
      0, 0.5, 18, 3
    ]);
    expect(spansOf(tl, 'loop').slice(0, 5)).toEqual([
      ['iteration', 0, 0, 3, 12, '0'],
      ['iteration', 0, 0, 13, 18, '1'],
      ['blocked', 0, 0.5, 18, 18, 'Task-3'],
      ['iteration', 0.5, 0.5, 18, 23, '1'],
      ['iteration', 0.5, 0.5, 24, 27, '2']
    ]);
  });

  it('keeps the blocking task running through the block, and ready after sleep(0)', () => {
    expect(spansOf(tl, 'Task-3').slice(0, 4)).toEqual([
      ['ready', 0, 0, 8, 17, ''],
      ['running', 0, 0.5, 17, 20, ''],
      ['ready', 0.5, 0.5, 20, 25, ''], // the ready came during the step: no waiting span
      ['running', 0.5, 0.5, 25, 27, '']
    ]);
  });

  it('gives the worker thread its own lane with the function as label', () => {
    expect(spansOf(tl, 'asyncio_0')).toEqual([['running', 0.5, 1.5, 26, 31, 'f']]);
    expect(tl.prints.lane[0]).toBe(tl.laneByName.get('asyncio_0'));
  });

  it('idles toward the earliest timer', () => {
    expect(spansOf(tl, 'loop').filter((s) => s[0] === 'idle')).toEqual([
      ['idle', 0.5, 1.5, 27, 28, 'wait_for timeout'],
      ['idle', 1.5, 3, 46, 47, 'wait_for timeout']
    ]);
  });

  it('derives thread, queue, callback, cancel and finished-step arrows', () => {
    expect(arrowsOf(tl).filter((a) => !a.startsWith('created-by'))).toEqual([
      'woken-by asyncio_0@31 -> Task-3@32', // thread.end → the to_thread awaiter
      'woken-by Task-3@37 -> Task-2@38', // queue put → waiting get
      'woken-by loop@49 -> Task-1@50', // the wait_for timeout callback
      'cancelled-by Task-1@53 -> Task-4@54',
      'woken-by Task-4@59 -> Task-1@60' // the cancelled task finished: wait_for's waiter wakes
    ]);
  });

  it('leaves a task waiting to the end of a stuck trace', () => {
    const stuck = buildTimeline(STUCK);
    expect(spansOf(stuck, 'Task-1').at(-1)).toEqual(['waiting', 0, 0, 5, 8, 'event.wait()']);
    expect(stuck.lanes[1].end).toBeNull();
  });
});

describe('buildTimeline: robustness', () => {
  it('places blocking bands right when loop.block is stamped before the clock moves', () => {
    const tl = buildTimeline(BLOCK_BEFORE);
    expect([...tl.blocks.startSeconds]).toEqual([0, 1]);
    expect([...tl.blocks.endSeconds]).toEqual([1, 2]);
    expect(spansOf(tl, 'loop').map((s) => s[0])).toEqual(['iteration', 'blocked', 'blocked', 'iteration']);
    expect(spansOf(tl, 'Task-1')).toEqual([
      ['ready', 0, 0, 2, 4, ''],
      ['running', 0, 2, 4, 8, '']
    ]);
  });

  it('ignores kinds it does not know', () => {
    const withUnknown = buildTimeline(KITCHEN_SINK);
    const without = buildTimeline(KITCHEN_SINK.filter((e) => (e.kind as string) !== 'frobnicate'));
    expect(withUnknown.lanes.map((l) => l.label)).toEqual(without.lanes.map((l) => l.label));
    expect(withUnknown.spans.count).toBe(without.spans.count);
  });

  it('gives two tasks with the same name= two lanes (later events mean the newer one)', () => {
    const tl = buildTimeline(
      makeTrace([
        [0, null, { kind: 'run.start', version: 1, python: '3.11', loop: 'asyncio', debug: false, file: 'x.py' }],
        [0, 1, { kind: 'task.create', task: 'w', parent: null, coro: 'a' }],
        [0, 1, { kind: 'task.done', task: 'w', state: 'result', detail: '1' }],
        [0, 2, { kind: 'task.create', task: 'w', parent: null, coro: 'b' }],
        [0, null, { kind: 'exit', code: 0 }]
      ])
    );
    expect(tl.lanes.map((l) => l.label)).toEqual(['loop', 'w · a', 'w · b']);
    expect(tl.laneByName.get('w')).toBe(2);
  });

  it('lays out an empty trace', () => {
    const tl = buildTimeline([] as TraceEvent[]);
    expect(tl.lanes.length).toBe(1);
    expect(tl.spans.count).toBe(0);
    expect([...tl.spans.laneStart]).toEqual([0, 0]);
  });
});
