/**
 * The compare page's result banner: which side finished first, by how much, and how many times faster — the sentence
 * the two timelines are there to prove ("concurrent: 2.0 s vs sequential: 3.0 s — 1.0 s saved, 1.5× faster").
 * Pure: the page passes each side's name and virtual end time and formats the parts.
 */
export interface CompareVerdict {
  /** Index of the side that ends first, or null when both take the same time (to the trace's resolution). */
  faster: 0 | 1 | null;
  /** Seconds saved by the faster side (0 when equal). */
  saved: number;
  /** slower / faster (1 when equal; null when the faster side takes no time at all, so no ratio means anything). */
  ratio: number | null;
}

/** Times closer than this are "the same" (the traces' clocks resolve far finer; float noise is far below it). */
const SAME = 1e-9;

export function compareVerdict(ends: readonly [number, number]): CompareVerdict {
  const [a, b] = ends;
  if (Math.abs(a - b) <= SAME) return { faster: null, saved: 0, ratio: 1 };
  const faster = a < b ? 0 : 1;
  const fast = Math.min(a, b);
  const slow = Math.max(a, b);
  return { faster, saved: slow - fast, ratio: fast > SAME ? slow / fast : null };
}

/** A ratio as people say it: 1.5×, 2×, 1.33× (two decimals at most, no trailing zeros). */
export function formatRatio(ratio: number): string {
  return String(Math.round(ratio * 100) / 100);
}
