import type { TimerHandle } from './handles';

function before(a: TimerHandle, b: TimerHandle): boolean {
  return a.whenValue < b.whenValue || (a.whenValue === b.whenValue && a.id < b.id);
}

/**
 * The loop's `_scheduled` heap: a binary min-heap of timer handles ordered by (when, id).
 *
 * Invariants: the root is the earliest deadline; among equal deadlines the earliest-created handle (smallest id) is
 * the root — CPython's heapq has no tie-break, a real clock never produces exact ties, we fix creation order.
 * Cancelled handles stay in the heap until they reach the root (as in CPython) and are dropped there.
 */
export class TimerHeap {
  private items: TimerHandle[] = [];

  get size(): number {
    return this.items.length;
  }

  push(h: TimerHandle): void {
    const a = this.items;
    a.push(h);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  peek(): TimerHandle | undefined {
    return this.items[0];
  }

  pop(): TimerHandle | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l], a[m])) m = l;
        if (r < a.length && before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }

  /** Drop cancelled handles from the root (CPython does this at the start of every _run_once). */
  dropCancelledHead(): void {
    while (this.items.length > 0 && this.items[0].cancelledFlag) {
      const h = this.pop()!;
      h.scheduled = false;
    }
  }

  /** True when some handle in the heap is still live (not cancelled). */
  hasLive(): boolean {
    return this.items.some((h) => !h.cancelledFlag);
  }
}
