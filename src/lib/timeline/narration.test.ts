import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../trace/events';
import { BLOCK_BEFORE, KITCHEN_SINK, STUCK } from './fixtures/kitchen-sink';
import { SAY_AFTER } from './fixtures/say-after';
import { formatMessage, formatSeconds } from '../i18n/messages';
import { EN } from '../i18n/messages.en-app';
import { describeIdle, narrate } from './narration';
import { buildStateIndex, stateAt } from './state-index';

function sentences(events: TraceEvent[]): string[] {
  const index = buildStateIndex(events);
  return events.map((ev) => formatMessage(narrate(ev, stateAt(events, index, ev.seq - 1))));
}

describe('narration', () => {
  const say = sentences(SAY_AFTER);

  it('tells the say_after story', () => {
    expect(say[1]).toBe('asyncio creates Task-1 to run main()');
    expect(say[4]).toBe('The loop runs Task-1: main() starts');
    expect(say[5]).toBe("Task-1 prints 'started at 00:00:00'");
    expect(say[6]).toBe('Task-1 creates Task-2 to run say_after()');
    expect(say[7]).toBe('Task-2 is scheduled: its first step joins the ready queue');
    expect(say[11]).toBe('Task-1 awaits Task-2: it waits until Task-2 finishes and control returns to the loop');
    expect(say[12]).toBe('Loop iteration 1 begins; ready: Task-2, Task-3');
    expect(say[14]).toBe('Task-2 sets a timer for t=1.0 (sleep(1))');
    expect(say[15]).toBe('Task-2 awaits sleep(1): a timer is set for t=1.0 and control returns to the loop');
    expect(say[19]).toBe('The loop wakes at t=1.0: the timer for Task-2 is due');
    expect(say[21]).toBe('The loop runs the callback sleep(1) timer');
    expect(say[22]).toBe('Task-2 is woken up (sleep(1) is over) and joins the ready queue');
    expect(say[24]).toBe('The loop resumes Task-2');
    expect(say[25]).toBe("Task-2 prints 'hello'");
    expect(say[26]).toBe('Task-2 finishes and returns None');
    expect(say[44]).toBe('The main task has finished: asyncio.run shuts the loop down');
    expect(say[45]).toBe('The program exits with code 0');
  });

  it('narrates blocking, threads, queues, cancellation, failures and unknown kinds', () => {
    const s = sentences(KITCHEN_SINK);
    expect(s[16]).toBe('Task-2 awaits queue.get(): Queue-1 is empty, so it waits for an item');
    expect(s[18]).toBe('Task-3 blocks the whole loop for 0.5 s: nothing else can run');
    expect(s[20]).toBe('Task-3 yields (sleep(0)): it steps aside to the back of the ready queue');
    expect(s[26]).toBe('Task-3 hands f() to worker thread asyncio_0');
    expect(s[28]).toBe("Worker thread asyncio_0 prints 'in thread'");
    expect(s[42]).toBe("Task-5 fails with ValueError('boom')");
    expect(s[47]).toBe('The loop wakes at t=3.0: the timer for Task-1 is due');
    expect(s[53]).toBe('asyncio cancels Task-4 (wait_for timeout)');
    expect(s[54]).toBe('Task-4 is woken up to receive its cancellation and joins the ready queue');
    expect(s[57]).toBe('The loop resumes Task-4 by throwing CancelledError into it');
    expect(s[58]).toBe('The timer for Task-4 is cancelled');
    expect(s[59]).toBe('Task-4 ends cancelled');
    expect(s[64]).toBe('Event frobnicate');
  });

  it('fills every placeholder for every event of every fixture', () => {
    for (const events of [SAY_AFTER, KITCHEN_SINK, BLOCK_BEFORE, STUCK]) {
      for (const text of sentences(events)) expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('uses only catalog ids', () => {
    const index = buildStateIndex(KITCHEN_SINK);
    for (const ev of KITCHEN_SINK)
      expect(EN).toHaveProperty([narrate(ev, stateAt(KITCHEN_SINK, index, ev.seq - 1)).id]);
  });

  it('formats a translation from the same message', () => {
    const zh = { ...EN, 'print.task': '{task} 打印 “{text}”' };
    const msg = narrate(SAY_AFTER[25], stateAt(SAY_AFTER, buildStateIndex(SAY_AFTER), 24));
    expect(formatMessage(msg, zh)).toBe('Task-2 打印 “hello”');
  });

  it('describes what an idle loop waits for', () => {
    expect(formatMessage(describeIdle({ kind: 'timer', id: 1, when: 2, label: 'sleep(2)', owner: 'Task-3' }))).toBe(
      'The loop sleeps until t=2.0, when the timer for Task-3 is due'
    );
    expect(formatMessage(describeIdle({ kind: 'nothing' }))).toBe('Nothing is ready and nothing is scheduled');
  });

  it('prints times as Python does', () => {
    expect(formatSeconds(1)).toBe('1.0');
    expect(formatSeconds(2.6999999999999997)).toBe('2.6999999999999997');
    expect(formatSeconds(0.5)).toBe('0.5');
  });
});
