/**
 * Growable typed-array columns and a string table: the storage behind the timeline's spans, arrows and markers.
 * One typed array per field (as Observable Plot's channels) instead of one object per span, so a million-event trace
 * lays out in a few tens of megabytes and the renderer can walk indices without touching the garbage collector.
 *
 * Invariants: `length <= capacity`; slots at index >= length are garbage; `finish()` returns a view trimmed to
 * `length` and the builder must not be used afterwards.
 */

type TypedArray = Float64Array | Uint32Array | Int32Array | Uint8Array;
type TypedCtor<A extends TypedArray> = { new (n: number): A };

export class Column<A extends TypedArray> {
  private data: A;
  length = 0;

  constructor(
    private readonly ctor: TypedCtor<A>,
    capacity = 64
  ) {
    this.data = new ctor(Math.max(1, capacity));
  }

  push(value: number): number {
    if (this.length === this.data.length) this.grow();
    this.data[this.length] = value;
    return this.length++;
  }

  get(i: number): number {
    return this.data[i];
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  /** The filled part, copied into an exact-size array (the spare capacity is given back). */
  finish(): A {
    const out = new this.ctor(this.length);
    out.set(this.data.subarray(0, this.length) as never);
    return out;
  }

  private grow(): void {
    const bigger = new this.ctor(this.data.length * 2);
    bigger.set(this.data as never);
    this.data = bigger;
  }
}

/**
 * Interns strings so a label column stores a small integer. Index 0 is always the empty string.
 * Invariant: `strings[index(s)] === s` for every interned `s`.
 */
export class StringTable {
  readonly strings: string[] = [''];
  private readonly ids = new Map<string, number>([['', 0]]);

  intern(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }
}

/** Index of the first element of a sorted `arr[from, to)` with `arr[i] >= value` (to if none). */
export function lowerBound(arr: ArrayLike<number>, value: number, from = 0, to = arr.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of a sorted `arr[from, to)` with `arr[i] > value` (to if none). */
export function upperBound(arr: ArrayLike<number>, value: number, from = 0, to = arr.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
