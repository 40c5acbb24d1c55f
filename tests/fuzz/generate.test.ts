import { describe, expect, it } from 'vitest';
import { generateProgram } from './generate';
import { Rng } from './prng';

describe('fuzz generator', () => {
  it('is deterministic per seed and differs across seeds', () => {
    expect(generateProgram(42).source).toBe(generateProgram(42).source);
    expect(generateProgram(42).source).not.toBe(generateProgram(43).source);
  });

  it('mulberry32 gives fixed numbers for a seed', () => {
    const r = new Rng(1);
    const xs = [r.next(), r.next(), r.next()];
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r2 = new Rng(1);
    expect([r2.next(), r2.next(), r2.next()]).toEqual(xs);
  });

  it('covers the constructs the issue lists over a few hundred seeds', () => {
    const all = Array.from({ length: 300 }, (_, i) => generateProgram(i + 1).source).join('\n');
    for (const needle of [
      'asyncio.gather(',
      'return_exceptions=True',
      'await q.put(',
      'q.task_done()',
      'await q.join()',
      'async with lock:',
      'await ev0.wait()',
      'async with sem:',
      '.cancel("stop',
      'asyncio.wait_for(',
      'asyncio.timeout(',
      'asyncio.to_thread(',
      'time.sleep(',
      'name="',
      '0.1 + 0.2',
      'maxsize=',
      'LifoQueue',
      'PriorityQueue',
      'cleanup_leaf(',
      'asyncio.TaskGroup()',
      'except ExceptionGroup',
      'asyncio.shield(',
      'asyncio.as_completed(',
      'cond.wait_for(',
      'asyncio.wait(',
      'loop.call_soon(',
      'loop.call_later(',
      'before it starts',
      'cancels child before start',
      'run_in_executor(',
      'g.cancel(',
      'add_done_callback(',
      'get_nowait()',
      'cm.reschedule(',
      'logging.basicConfig(',
      'log.info(',
      'datetime.now()',
      'async for v in gens[',
      'ev_loop.run_until_complete(main())',
      'ev_loop.shutdown_asyncgens()',
      'asyncio.set_event_loop(ev_loop)'
    ]) {
      expect(all, needle).toContain(needle);
    }
  });
});
