/**
 * CPython's heapq algorithm (heappush/heappop with _siftdown/_siftup), comparing with Python's `<` only, so a
 * PriorityQueue holding equal-priority items pops them in exactly CPython's order.
 */
export type Less = (a: unknown, b: unknown) => boolean;

function siftdown(heap: unknown[], startpos: number, pos: number, lt: Less): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftup(heap: unknown[], pos: number, lt: Less): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos, lt);
}

export function heappush(heap: unknown[], item: unknown, lt: Less): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, lt);
}

export function heappop(heap: unknown[], lt: Less): unknown {
  const last = heap.pop();
  if (heap.length > 0) {
    const ret = heap[0];
    heap[0] = last;
    siftup(heap, 0, lt);
    return ret;
  }
  return last;
}
