/**
 * The memory budget: an estimate of the bytes each container and str holds, so a program that builds something
 * huge (`list(range(10**9))`, `[[0] * 10**5 for _ in range(10**5)]`, `'x' * 10**9`) gets Python's MemoryError within
 * a second instead of running Node out of memory. The budget is per value, not per process: one container (with
 * everything it holds) or one str / bytes whose estimate passes MEMORY_LIMIT raises MemoryError (AIO-R010 names the
 * budget). Documented in docs/architecture.md.
 *
 * The estimate (bytes, roughly what V8 spends): a reference 8; an int or float it points at 24; a str 16 + its length;
 * a bytes 16 + its length; a nested container its own estimate, counted in the first container it is put in only
 * (`[row] * 1000` or the same list appended twice is one list, as in CPython); any other object 120 (None 0).
 *
 * Bulk work inside one builtin (`[x] * n`, materialising an iterable) also spends step fuel: one step per 64 items,
 * so a loop that never awaits but builds big values each turn meets the step budget (AIO-R001) in seconds.
 *
 * Invariants: a container's `mem` only grows with what is added (removals do not lower it), so it is an upper
 * bound; before raising, the container is recounted from what it holds now, so removals never cause a false
 * MemoryError. There is no state outside the values themselves: every run starts with fresh objects.
 */
import { E, err } from './exceptions';
import type { PyException, PyValue, Sized } from './objects';
import { PyBytes, PyDict, PyList, PySet, PyTuple } from './objects';
import { state } from './py-runtime';

/** The default budget: one value's estimate past this raises MemoryError (128 MiB; RunOptions.memoryLimit). */
export const MEMORY_LIMIT = 128 * 1024 * 1024;

const REF = 8;
const BOXED = 24;
/** Any other object a container refers to (an instance, a coroutine, a function): about what V8 spends on one. */
const OBJECT = 120;
const HEADER = 16;
const ENTRY = 24;

export function memoryError(): PyException {
  return err(E.MemoryError, '');
}

function isSized(v: object): v is Sized & object {
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet;
}

/** What one reference to `v` adds to `holder`'s estimate (claims `v` for `holder` when nobody counts it yet). */
export function refBytes(v: PyValue, holder: Sized): number {
  switch (typeof v) {
    case 'bigint':
    case 'number':
      return REF + BOXED;
    case 'string':
      return REF + HEADER + v.length;
    case 'object':
      if (v === null) return REF;
      if (isSized(v)) {
        if (v.memOwner === null && v !== holder) v.memOwner = holder;
        return v.memOwner === holder ? REF + sizeOf(v) : REF;
      }
      if (v instanceof PyBytes) return REF + HEADER + v.data.length;
      return REF + OBJECT;
    default:
      return REF;
  }
}

/** The current estimate of a container (computed from its contents the first time). */
export function sizeOf(c: Sized): number {
  if (c.mem < 0) c.mem = recount(c);
  return c.mem;
}

function recount(c: Sized): number {
  c.mem = HEADER; // a container that (indirectly) holds itself counts as its header while being recounted
  let n = HEADER;
  if (c instanceof PyList || c instanceof PyTuple) for (const x of c.items) n += refBytes(x, c);
  else if (c instanceof PyDict) for (const e of c.map.values()) n += ENTRY + refBytes(e.k, c) + refBytes(e.v, c);
  else if (c instanceof PySet) for (const x of c.map.values()) n += ENTRY + refBytes(x, c);
  return n;
}

/** `c` grew by `bytes` (from refBytes): raise MemoryError when its estimate, recounted, is over the budget. */
export function grew(c: Sized, bytes: number): void {
  if (c.mem < 0) c.mem = recount(c);
  else c.mem += bytes;
  const limit = state.memoryLimit;
  if (c.mem > limit) {
    c.mem = recount(c);
    if (c.mem > limit) throw memoryError();
  }
}

/** `x` was appended to list `l` (list.append, a list comprehension). */
export function appended(l: PyList, x: PyValue): void {
  grew(l, refBytes(x, l));
}

/** A dict or set got a new entry. */
export function entryAdded(c: PyDict | PySet, k: PyValue, v: PyValue | undefined): void {
  grew(c, ENTRY + refBytes(k, c) + (v === undefined ? 0 : refBytes(v, c)));
}

/**
 * Before building `count` copies of `items` (list/tuple repeat): the new container's estimate, refusing one over
 * the budget before anything is allocated. The items themselves are counted once (they are shared, not copied).
 */
export function repeatBytes(items: PyValue[], count: number, holder: Sized): number {
  const limit = state.memoryLimit;
  const refs = items.length * count * REF;
  if (refs > limit) throw memoryError();
  let once = HEADER;
  for (const x of items) once += refBytes(x, holder) - REF;
  const total = refs + once;
  if (total > limit) throw memoryError();
  bulkWork(items.length * count);
  return total;
}

/** Step fuel for bulk work of `items` items done inside one builtin (see the top of this file). */
export function bulkWork(items: number): void {
  state.steps += items >>> 6;
}

/** Before materialising `n` items (list(range(n)), tuple(...)): refuse at once what cannot fit. */
export function checkCount(n: number | bigint): void {
  if (Number(n) * (REF + BOXED) > state.memoryLimit) throw memoryError();
}

/** A str of `length` UTF-16 units is about to be built (concatenation, repeat, join, replace …). */
export function checkStr(length: number): void {
  if (HEADER + length > state.memoryLimit) throw memoryError();
}

/** The running count of a materialisation (itemBytes summed) is over the budget. */
export function overBudget(bytes: number): boolean {
  return bytes > state.memoryLimit;
}

/** A shallow estimate of one item (no ownership claims): the running count while an iterable is materialised. */
export function itemBytes(x: PyValue): number {
  if (typeof x === 'object') return x === null ? REF : REF + OBJECT;
  return typeof x === 'string' ? REF + HEADER + x.length : REF + BOXED;
}
