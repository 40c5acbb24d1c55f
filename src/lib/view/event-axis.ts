import { gapPlaybackSeconds, type Pacing } from '../timeline';
import type { TraceEvent } from '../trace/events';

/**
 * The timeline's horizontal coordinate, `u` ("axis units"): virtual seconds stretched so that instants are visible.
 *
 * In asyncio almost every step is instantaneous on the virtual clock: a pure time axis would draw a dozen steps on one
 * pixel. Here each event also takes a small slot of its own (`eventUnits`), so an instant with 19 events becomes a
 * visible burst in which ready → running → waiting read left to right, while time that passes (sleeps, blocking)
 * still takes space in proportion (virtual pacing) or squeezed (compressed pacing, as the playback).
 * The tick labels stay in virtual seconds: a tick for `t` sits where the first event at `t` is.
 *
 * Invariants: `uOfSeq` is strictly increasing; `uOfSeq[0] = 0`; `totalUnits = uOfSeq[n - 1]` (≥ a minimum so a
 * one-event trace still has width).
 */
export interface EventAxis {
  pacing: Pacing;
  /** Axis units at which event `seq` happens. */
  uOfSeq: Float64Array;
  /** Virtual seconds of event `seq`. */
  tOfSeq: Float64Array;
  totalUnits: number;
  /** Width of one event's slot, in axis units. */
  eventUnits: number;
}

/** Share of the axis the instants take together when time also passes (the rest is virtual time). */
const INSTANT_SHARE = 0.5;

export function buildEventAxis(events: readonly TraceEvent[], pacing: Pacing): EventAxis {
  const n = events.length;
  const tOfSeq = new Float64Array(n);
  for (let i = 0; i < n; i++) tOfSeq[i] = events[i].t;
  let gapTotal = 0;
  for (let i = 1; i < n; i++) gapTotal += gapPlaybackSeconds(tOfSeq[i] - tOfSeq[i - 1], pacing);
  // Instants take INSTANT_SHARE of the width: gapTotal·s/(1-s) spread over the n-1 event slots.
  const eventUnits = gapTotal > 0 ? (gapTotal * INSTANT_SHARE) / (1 - INSTANT_SHARE) / Math.max(1, n - 1) : 1;
  const uOfSeq = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    uOfSeq[i] = uOfSeq[i - 1] + eventUnits + gapPlaybackSeconds(tOfSeq[i] - tOfSeq[i - 1], pacing);
  }
  const totalUnits = Math.max(n > 0 ? uOfSeq[n - 1] : 0, eventUnits);
  return { pacing, uOfSeq, tOfSeq, totalUnits, eventUnits };
}

/** First index with tOfSeq[i] > t (tOfSeq is sorted). */
function upper(tOfSeq: Float64Array, t: number): number {
  let lo = 0;
  let hi = tOfSeq.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tOfSeq[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Axis units for virtual time `t`. At an instant with events, `side` picks the burst's first event (`start`, where a
 * tick goes) or its last (`end`, where time starts passing again). Between events, time is interpolated across the gap.
 */
export function uOfTime(axis: EventAxis, tSeconds: number, side: 'start' | 'end' = 'start'): number {
  const { tOfSeq, uOfSeq } = axis;
  const n = tOfSeq.length;
  if (n === 0) return 0;
  if (tSeconds <= tOfSeq[0]) return side === 'start' ? 0 : uOfSeq[upper(tOfSeq, tOfSeq[0]) - 1];
  const after = upper(tOfSeq, tSeconds); // first event later than t
  const last = after - 1; // last event at or before t
  if (tOfSeq[last] === tSeconds && side === 'start') {
    let first = last;
    while (first > 0 && tOfSeq[first - 1] === tSeconds) first--;
    return uOfSeq[first];
  }
  if (after >= n) return uOfSeq[n - 1];
  // Inside the gap (last, after): the gap's width excludes the event slot of `after`.
  const gap = tOfSeq[after] - tOfSeq[last];
  const gapUnits = uOfSeq[after] - uOfSeq[last] - axis.eventUnits;
  const frac = gap > 0 ? (tSeconds - tOfSeq[last]) / gap : 0;
  return uOfSeq[last] + frac * Math.max(0, gapUnits);
}

/** Virtual seconds at axis units `u` (inverse of uOfTime between events; an instant's burst maps to its time). */
export function timeOfU(axis: EventAxis, u: number): number {
  const { tOfSeq, uOfSeq } = axis;
  const n = uOfSeq.length;
  if (n === 0) return 0;
  if (u <= 0) return tOfSeq[0];
  if (u >= uOfSeq[n - 1]) return tOfSeq[n - 1];
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (uOfSeq[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  const gapUnits = uOfSeq[lo] - uOfSeq[last] - axis.eventUnits;
  const into = u - uOfSeq[last];
  if (gapUnits <= 0 || into >= gapUnits) return tOfSeq[lo];
  return tOfSeq[last] + (into / gapUnits) * (tOfSeq[lo] - tOfSeq[last]);
}
