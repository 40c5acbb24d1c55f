// The engine's hot-path shortcuts (bin/bench.mjs) must not change behaviour: the timer heap's hole-moving sift and
// the queue's reuse of item reprs between queue.change events.
import { describe, expect, it } from 'vitest';
import type { TimerHandle } from './handles';
import { TimerHeap } from './timer-heap';
import { setup } from '../../../tests/support/engine/harness';

describe('TimerHeap', () => {
  it('pops in (when, creation id) order, ties included, with cancelled handles dropped at the root', () => {
    // The same random pushes and pops against the heap and against a sorted-list model.
    type H = { whenValue: number; id: number; cancelledFlag: boolean; scheduled: boolean };
    let seed = 12345;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const heap = new TimerHeap();
    const model: H[] = [];
    const got: number[] = [];
    const want: number[] = [];
    const order = (a: H, b: H) => a.whenValue - b.whenValue || a.id - b.id;
    for (let id = 0; id < 600; id++) {
      const h: H = { whenValue: Math.floor(rand() * 8) * 0.1, id, cancelledFlag: rand() < 0.2, scheduled: true };
      heap.push(h as unknown as TimerHandle);
      model.push(h);
      if (rand() < 0.3) {
        heap.dropCancelledHead();
        const top = heap.pop();
        if (top) got.push(top.id);
        model.sort(order);
        while (model.length > 0 && model[0]!.cancelledFlag) model.shift();
        const m = model.shift();
        if (m) want.push(m.id);
      }
    }
    for (let h = heap.pop(); h; h = heap.pop()) got.push(h.id);
    want.push(...model.sort(order).map((h) => h.id));
    expect(got.length).toBeGreaterThan(300);
    expect(got).toEqual(want);
  });
});

describe('Queue queue.change items', () => {
  it('reuse reprs of unchanged primitive items but repr mutable items afresh at every change', () => {
    const { engine, co, run, kinds } = setup();
    const q = engine.Queue();
    const box: unknown[] = [];
    run(
      // eslint-disable-next-line require-yield -- the queue is only used with the _nowait methods
      co('main', function* () {
        q.put_nowait(box);
        q.put_nowait(1);
        box.push(2);
        q.put_nowait('x');
        q.get_nowait();
        q.put_nowait(3);
        q.get_nowait();
        return null;
      })
    );
    const items = kinds('queue.change').map((e) => (e as unknown as { items: string[] }).items);
    expect(items).toEqual([['[]'], ['[]', '1'], ['[2]', '1', "'x'"], ['1', "'x'"], ['1', "'x'", '3'], ["'x'", '3']]);
  });
});
