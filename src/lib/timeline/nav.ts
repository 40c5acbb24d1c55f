import type { TraceEvent } from '../trace/events';
import { lowerBound, upperBound } from './columns';

/**
 * Where the step buttons and keys go from a cursor: the next/previous event, loop iteration start (loop.tick) or
 * print. Sorted seq arrays + binary search, so stepping through a million-event trace is O(log n).
 */
export interface NavIndex {
  total: number;
  /** seqs of loop.tick events, ascending. */
  ticks: Uint32Array;
  /** seqs of print events, ascending. */
  prints: Uint32Array;
}

export type StepUnit = 'event' | 'iteration' | 'print';
export type StepDir = 1 | -1;

export function buildNavIndex(events: readonly TraceEvent[]): NavIndex {
  const ticks: number[] = [];
  const prints: number[] = [];
  for (const ev of events) {
    if (ev.kind === 'loop.tick') ticks.push(ev.seq);
    else if (ev.kind === 'print') prints.push(ev.seq);
  }
  return { total: events.length, ticks: Uint32Array.from(ticks), prints: Uint32Array.from(prints) };
}

/** The cursor one step away, or null when there is nothing further that way (the cursor then stays). */
export function stepTarget(nav: NavIndex, cursorSeq: number, by: StepUnit, dir: StepDir): number | null {
  if (nav.total === 0) return null;
  if (by === 'event') {
    const next = cursorSeq + dir;
    return next >= 0 && next < nav.total ? next : null;
  }
  const seqs = by === 'iteration' ? nav.ticks : nav.prints;
  if (dir === 1) {
    const i = upperBound(seqs, cursorSeq);
    return i < seqs.length ? seqs[i] : null;
  }
  const i = lowerBound(seqs, cursorSeq) - 1;
  return i >= 0 ? seqs[i] : null;
}
