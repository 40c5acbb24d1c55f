/**
 * A binary min-heap of timers keyed by (when, id), with lazy removal: what the loop would wait for next.
 * Equal deadlines order by id, as the engine breaks heap ties by creation order.
 *
 * Invariants: `heap` is a valid min-heap over (when, id); `live` holds exactly the ids not yet removed; entries of
 * removed ids may linger inside `heap` until they reach the top, where `peek` drops them.
 */
export interface HeapTimer {
  id: number;
  when: number;
  label: string;
}

export class MinTimerHeap {
  private readonly heap: HeapTimer[] = [];
  private readonly live = new Set<number>();

  add(id: number, when: number, label: string): void {
    this.live.add(id);
    this.heap.push({ id, when, label });
    this.up(this.heap.length - 1);
  }

  remove(id: number): void {
    this.live.delete(id);
  }

  peek(): HeapTimer | null {
    while (this.heap.length > 0 && !this.live.has(this.heap[0].id)) this.pop();
    return this.heap[0] ?? null;
  }

  private pop(): void {
    const last = this.heap.pop()!;
    if (this.heap.length === 0) return;
    this.heap[0] = last;
    this.down(0);
  }

  private less(a: HeapTimer, b: HeapTimer): boolean {
    return a.when < b.when || (a.when === b.when && a.id < b.id);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
