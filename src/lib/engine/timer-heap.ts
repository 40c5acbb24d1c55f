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

  // push/pop move a hole instead of swapping with destructuring (which allocated an array per step when hot).
  push(h: TimerHandle): void {
    const a = this.items;
    let i = a.length;
    a.push(h);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = a[p];
      if (!before(h, parent)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = h;
  }

  peek(): TimerHandle | undefined {
    return this.items[0];
  }

  pop(): TimerHandle | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    const n = a.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = last;
        let mi = -1;
        if (l < n && before(a[l], m)) {
          m = a[l];
          mi = l;
        }
        if (r < n && before(a[r], m)) {
          m = a[r];
          mi = r;
        }
        if (mi < 0) break;
        a[i] = m;
        i = mi;
      }
      a[i] = last;
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
