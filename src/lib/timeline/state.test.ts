import { describe, expect, it } from 'vitest';
import { KITCHEN_SINK, STUCK } from './fixtures/kitchen-sink';
import { SAY_AFTER } from './fixtures/say-after';
import { buildStateIndex, replayState, stateAt } from './state-index';

describe('stateAt: say_after', () => {
  const index = buildStateIndex(SAY_AFTER, { every: 8 });
  const at = (seq: number) => stateAt(SAY_AFTER, index, seq);

  it('is empty before the first event', () => {
    const s = at(-1);
    expect(s.seq).toBe(-1);
    expect(s.tasks).toEqual([]);
    expect(s.console).toEqual([]);
    expect(s.idleWait).toBeNull();
  });

  it('shows both children in the ready deque after main suspends', () => {
    const s = at(11);
    expect(s.ready).toEqual([
      { kind: 'task', task: 'Task-2' },
      { kind: 'task', task: 'Task-3' }
    ]);
    expect(s.running).toBeNull();
    expect(s.waiting.map((t) => [t.name, t.awaiting?.label, t.line])).toEqual([['Task-1', 'Task-2', 16]]);
    expect(s.idleWait).toBeNull();
    expect(s.console.map((c) => c.text)).toEqual(['started at 00:00:00\n', 'waiting\n']);
  });

  it('shows the timer heap and the idle loop waiting for the earliest timer', () => {
    const s = at(18);
    expect(s.ready).toEqual([]);
    expect(s.timers).toEqual([
      { id: 1, when: 1, label: 'sleep(1)', owner: 'Task-2' },
      { id: 2, when: 2, label: 'sleep(2)', owner: 'Task-3' }
    ]);
    expect(s.idleWait).toEqual({ kind: 'timer', id: 1, when: 1, label: 'sleep(1)', owner: 'Task-2' });
    expect(s.waiting.map((t) => [t.name, t.awaiting?.label, t.line])).toEqual([
      ['Task-1', 'Task-2', 16],
      ['Task-2', 'sleep(1)', 7],
      ['Task-3', 'sleep(2)', 7]
    ]);
    expect(s.iteration).toBe(1);
  });

  it('moves a fired timer to the ready deque, then runs its callback', () => {
    expect(at(19).ready).toEqual([{ kind: 'callback', label: 'sleep(1)' }]);
    expect(at(19).timers.map((t) => t.id)).toEqual([2]);
    expect(at(20).ready).toEqual([{ kind: 'callback', label: 'sleep(1) timer' }]);
    const s = at(21);
    expect(s.ready).toEqual([]);
    expect(s.runningCallback).toBe('sleep(1) timer');
    expect(s.idleWait).toBeNull();
    expect(at(22).ready).toEqual([{ kind: 'task', task: 'Task-2' }]);
    expect(at(22).tasks[1].status).toBe('ready');
  });

  it('follows the running task and its current line', () => {
    const s = at(25);
    expect(s.running).toEqual({ task: 'Task-2', line: 8 });
    expect(s.tSeconds).toBe(1);
    expect(s.console.at(-1)).toEqual({
      seq: 25,
      tSeconds: 1,
      task: 'Task-2',
      thread: null,
      text: 'hello\n',
      stream: 'stdout',
      source: 'print'
    });
  });

  it('records results and the exit', () => {
    const s = at(45);
    expect(s.tasks.map((t) => [t.name, t.status, t.detail, t.steps])).toEqual([
      ['Task-1', 'done', 'None', 3],
      ['Task-2', 'done', 'None', 2],
      ['Task-3', 'done', 'None', 2]
    ]);
    expect(s.exitCode).toBe(0);
    expect(s.idleWait).toBeNull();
    expect(s.console).toHaveLength(5);
  });

  it('clamps a cursor past the end', () => {
    expect(at(1000)).toEqual(at(45));
  });

  it('agrees with a replay from the start at every cursor', () => {
    for (let seq = -1; seq < SAY_AFTER.length; seq++) expect(at(seq)).toEqual(replayState(SAY_AFTER, seq));
  });
});

describe('stateAt: kitchen sink', () => {
  const index = buildStateIndex(KITCHEN_SINK);
  const at = (seq: number) => stateAt(KITCHEN_SINK, index, seq);

  it('reports a blocking step at its loop.block', () => {
    expect(at(18).blocked).toEqual({ task: 'Task-3', seconds: 0.5 });
    expect(at(19).blocked).toBeNull();
  });

  it('keeps a task that yielded with sleep(0) in the deque, not waiting', () => {
    const s = at(20);
    expect(s.tasks.find((t) => t.name === 'Task-3')?.status).toBe('ready');
    expect(s.ready).toContainEqual({ kind: 'task', task: 'Task-3' });
  });

  it('shows a running worker thread and the loop waiting with a timer set', () => {
    const s = at(27);
    expect(s.threads).toEqual([{ thread: 'asyncio_0', func: 'f', task: 'Task-3', startSeconds: 0.5 }]);
    expect(s.idleWait).toEqual({ kind: 'timer', id: 1, when: 3, label: 'wait_for timeout', owner: 'Task-1' });
    expect(s.console.at(-1)).toBeUndefined();
    expect(at(28).console).toEqual([
      {
        seq: 28,
        tSeconds: 1.5,
        task: null,
        thread: 'asyncio_0',
        text: 'in thread\n',
        stream: 'stdout',
        source: 'print'
      }
    ]);
    expect(at(31).threads).toEqual([]);
  });

  it('tracks queue contents', () => {
    expect(at(37).queues).toEqual([{ queue: 'Queue-1', items: ["'x'"], getters: 0, putters: 0 }]);
  });

  it('marks a task being cancelled until the cancellation lands', () => {
    expect(at(53).tasks.find((t) => t.name === 'Task-4')?.cancelling).toBe(true);
    const s = at(59);
    const t4 = s.tasks.find((t) => t.name === 'Task-4');
    expect([t4?.status, t4?.cancelling]).toEqual(['cancelled', false]);
    expect(s.timers).toEqual([]);
    expect(s.tasks.find((t) => t.name === 'Task-5')?.status).toBe('failed');
  });

  it('survives an unknown kind', () => {
    expect(at(64).seq).toBe(64);
    expect(at(64).running).toEqual({ task: 'Task-1', line: 26 });
  });

  it('agrees with a replay from the start at every cursor', () => {
    for (let seq = 0; seq < KITCHEN_SINK.length; seq++) expect(at(seq)).toEqual(replayState(KITCHEN_SINK, seq));
  });
});

describe('stateAt: stuck', () => {
  it('says the loop waits for nothing', () => {
    const s = stateAt(STUCK, buildStateIndex(STUCK), 6);
    expect(s.idleWait).toEqual({ kind: 'nothing' });
    expect(s.waiting.map((t) => t.awaiting?.kind)).toEqual(['event']);
  });
});
