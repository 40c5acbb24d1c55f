import type { TraceEvent } from '../trace/events';
import { formatTime, resolutionOf, timeResolution } from './time-format';

/**
 * The cursor across a re-run (a knob changed): the same moment in virtual time, not the same event number, which in
 * the new trace is usually another moment. At t the old cursor was the k-th event of that instant; the new cursor is
 * the k-th event at t in the new trace (its last one at t when it has fewer), or, when nothing happens at t there,
 * the last event before t (the state the loop is in at t). Past the new trace's end: its last event.
 *
 * Invariant: events[result].t <= t (within the clock's resolution) unless t is before the new trace's first event.
 */
const EPS = 1e-9;

export function sameMoment(before: readonly TraceEvent[], cursor: number, after: readonly TraceEvent[]): number {
  if (after.length === 0) return 0;
  if (before.length === 0) return 0;
  const c = Math.min(Math.max(0, cursor), before.length - 1);
  const t = before[c]!.t;
  let k = 0;
  while (c - k - 1 >= 0 && Math.abs(before[c - k - 1]!.t - t) <= EPS) k++;
  // first index in `after` with t' >= t - EPS
  let lo = 0;
  let hi = after.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after[mid]!.t < t - EPS) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  if (first >= after.length) return after.length - 1;
  if (Math.abs(after[first]!.t - t) > EPS) return Math.max(0, first - 1);
  let last = first;
  while (last + 1 < after.length && Math.abs(after[last + 1]!.t - t) <= EPS) last++;
  return Math.min(first + k, last);
}

/** How long a run took on the virtual clock (its last event's time). */
export function runSeconds(events: readonly TraceEvent[]): number {
  return events.length === 0 ? 0 : events[events.length - 1]!.t;
}

/** A re-run's outcome next to the run it replaced, both at one resolution: `{ now: '6.0', was: '2.4' }`. */
export function runOutcome(before: readonly TraceEvent[], after: readonly TraceEvent[]): { now: string; was: string } {
  const was = runSeconds(before);
  const now = runSeconds(after);
  const r = resolutionOf(was, now);
  const d = Math.max(r.decimals, Math.min(timeResolution(before).decimals, timeResolution(after).decimals));
  return { now: formatTime(now, { decimals: d }), was: formatTime(was, { decimals: d }) };
}
