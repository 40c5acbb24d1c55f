/**
 * A FIFO deque with O(1) amortised push/shift (the ready deque and waiter queues see thousands of operations).
 *
 * Invariants: items[head..] are the live elements in order; the dead prefix is compacted once it dominates.
 */
export class Deque<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(x: T): void {
    this.items.push(x);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const x = this.items[this.head];
    this.items[this.head] = undefined as T;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }

  peek(): T | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }

  /** Remove the first occurrence of x (deque.remove); false when absent. */
  remove(x: T): boolean {
    for (let i = this.head; i < this.items.length; i++) {
      if (this.items[i] === x) {
        this.items.splice(i, 1);
        return true;
      }
    }
    return false;
  }

  /** The i-th live element (0 = the front), undefined past the end: indexed visits without a callback. */
  at(i: number): T | undefined {
    const j = this.head + i;
    return j < this.items.length ? this.items[j] : undefined;
  }

  /** Visit the live elements in order (no copy). */
  forEach(fn: (x: T) => void): void {
    const a = this.items;
    for (let i = this.head; i < a.length; i++) fn(a[i]);
  }

  toArray(): T[] {
    return this.items.slice(this.head);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.toArray()[Symbol.iterator]();
  }
}
