import type { TraceEvent } from '../trace/events';

/**
 * Times for people. A trace's clock values are sums of floats (`0.1 + 0.2`, `1.2000000000000002`): printed as Python
 * would, they are noise to a reader. Each time is shown with as many decimals as the trace resolves — the fewest that
 * write every time in it exactly up to float error — and the exact value (Python's repr) is kept for hover.
 *
 * Invariant: `formatTime(t, r)` rounds `t` to `r.decimals` places, and `r.decimals` is the smallest count in
 * [MIN_DECIMALS, MAX_DECIMALS] for which every time of the trace rounds back to itself within float error (or
 * MAX_DECIMALS when none does: 9 is CPython's clock resolution, 1e-9 s, below which two times are one instant).
 */

export interface TimeResolution {
  /** Decimal places every time of the trace is shown with (tabular columns line up). */
  decimals: number;
}

export const MIN_DECIMALS = 1;
export const MAX_DECIMALS = 9;

/** What float error may add to a time that was meant to have few decimals (relative, plus the clock's resolution). */
function tolerance(t: number): number {
  return Math.max(1e-10, Math.abs(t) * 1e-12);
}

/** The fewest decimals (MIN..MAX) that write `t` to within float error. */
export function decimalsOf(t: number): number {
  if (!Number.isFinite(t)) return MIN_DECIMALS;
  for (let d = MIN_DECIMALS; d < MAX_DECIMALS; d++) {
    const scaled = Math.round(t * 10 ** d) / 10 ** d;
    if (Math.abs(scaled - t) <= tolerance(t)) return d;
  }
  return MAX_DECIMALS;
}

/** Every time a trace shows: event times, deadlines, block durations, thread ends. */
function* timesOf(events: readonly TraceEvent[]): Generator<number> {
  for (const ev of events) {
    yield ev.t;
    switch (ev.kind) {
      case 'timer.add':
        yield ev.when;
        break;
      case 'loop.block':
        yield ev.seconds;
        if (ev.until !== undefined) yield ev.until;
        break;
      case 'task.suspend':
        if (ev.awaiting.kind === 'sleep') yield ev.awaiting.until;
        break;
      case 'thread.start':
        if (ev.until !== undefined) yield ev.until;
        break;
    }
  }
}

/**
 * The resolution of a trace. A far-off timer (`when` = 301.2 for a 300 s safety timeout) counts like any other time;
 * infinite deadlines are skipped.
 */
export function timeResolution(events: readonly TraceEvent[]): TimeResolution {
  let decimals = MIN_DECIMALS;
  for (const t of timesOf(events)) {
    if (!Number.isFinite(t)) continue;
    decimals = Math.max(decimals, decimalsOf(t));
    if (decimals === MAX_DECIMALS) break;
  }
  return { decimals };
}

/** The resolution of a list of times (e.g. an axis's time per event), where the trace itself is not at hand. */
export function resolutionOfTimes(times: ArrayLike<number>): TimeResolution {
  let decimals = MIN_DECIMALS;
  for (let i = 0; i < times.length && decimals < MAX_DECIMALS; i++)
    if (Number.isFinite(times[i])) decimals = Math.max(decimals, decimalsOf(times[i]!));
  return { decimals };
}

/** The resolution of a single value (a gallery card's duration, a knob's outcome). */
export function resolutionOf(...times: number[]): TimeResolution {
  return { decimals: Math.max(MIN_DECIMALS, ...times.map(decimalsOf)) };
}

/** `1.2000000000000002` → `1.2`, `2.6999999999999997` → `2.7`, `3` → `3.0` (with 1 decimal). No unit. */
export function formatTime(t: number, resolution: TimeResolution = { decimals: MIN_DECIMALS }): string {
  if (!Number.isFinite(t)) return t > 0 ? '∞' : t < 0 ? '-∞' : 'nan';
  const text = t.toFixed(resolution.decimals);
  // -0.0 reads as a glitch; a time that rounds to zero is zero.
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** The exact value as Python's repr of the float prints it (`1.0`, `1.2000000000000002`): for hover titles. */
export function exactTime(t: number): string {
  if (!Number.isFinite(t)) return Number.isNaN(t) ? 'nan' : t > 0 ? 'inf' : '-inf';
  if (Number.isInteger(t) && Math.abs(t) < 1e16) return t.toFixed(1);
  return String(t);
}

/** `t` with its unit, for a hover title: `1.2000000000000002 s`. */
export function exactTitle(t: number): string {
  return `${exactTime(t)} s`;
}
