/**
 * CPython's set iteration order for sets of numbers: the order of the open-addressing hash table (Objects/setobject.c:
 * linear probing of 9 slots, then perturbed probing; resize to the smallest power of two > used*4 when 3/5 full).
 * We replay the insertions (in the set's insertion order) into a model of that table. Sets containing other values
 * (strings hash randomly per process in CPython, objects by address) keep insertion order.
 */
import { hashFloat, hashInt } from './numeric';
import type { PySet, PyValue } from './objects';

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

function numHash(v: PyValue): bigint | null {
  if (typeof v === 'bigint') return hashInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return hashFloat(v);
  return null;
}

function insertClean(table: (PyValue | undefined)[], hashes: bigint[], mask: number, v: PyValue, h: bigint): void {
  const uh = BigInt.asUintN(64, h);
  let perturb = uh;
  let i = Number(uh & BigInt(mask));
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      if (table[i + j] === undefined) {
        table[i + j] = v;
        hashes[i + j] = h;
        return;
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
  }
}

export function cpythonSetOrder(items: PyValue[]): PyValue[] | null {
  const hs: bigint[] = [];
  for (const v of items) {
    const h = numHash(v);
    if (h === null) return null;
    hs.push(h === -1n ? -2n : h);
  }
  let size = 8;
  let table: (PyValue | undefined)[] = new Array(size);
  let hashes: bigint[] = new Array(size);
  let used = 0;
  for (let k = 0; k < items.length; k++) {
    insertClean(table, hashes, size - 1, items[k]!, hs[k]!);
    used++;
    if (used * 5 >= (size - 1) * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let ns = 8;
      while (ns <= minused) ns <<= 1;
      const oldT = table;
      const oldH = hashes;
      size = ns;
      table = new Array(size);
      hashes = new Array(size);
      for (let i = 0; i < oldT.length; i++)
        if (oldT[i] !== undefined) insertClean(table, hashes, size - 1, oldT[i]!, oldH[i]!);
    }
  }
  return table.filter((x): x is PyValue => x !== undefined);
}

/** Elements of a set in CPython's iteration order (hash-table order for ints, else insertion order). */
export function setItems(s: PySet): PyValue[] {
  const items = [...s.map.values()];
  if (items.length < 2) return items;
  return cpythonSetOrder(items) ?? items;
}
