import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { TraceEvent } from '../trace/events';
import { upperBound } from './columns';

/**
 * Time mappings, all pure: virtual seconds (`tSeconds`, the trace's clock) → pixels (`xPx`) for the axis, and trace
 * position (`seq`) → playback seconds (`playbackSeconds`, wall time at speed 1) for pacing the animation.
 *
 * Two pacings:
 *  - virtual: every event takes `eventSeconds`, and virtual time passes 1:1 (a 2 s sleep takes 2 s more);
 *  - compressed: the same, but each gap in virtual time is squeezed to at most `maxGapSeconds`, so a 10 s timeout
 *    does not bore the audience.
 */

export type Pacing = 'virtual' | 'compressed';
export const PACINGS: readonly Pacing[] = ['virtual', 'compressed'];

export interface PacingOptions {
  /** Playback seconds per event at speed 1, so instantaneous steps are still seen one by one. */
  eventSeconds: number;
  /** Compressed pacing: the longest a stretch of virtual time may last in playback seconds. */
  maxGapSeconds: number;
}

export const DEFAULT_PACING_OPTIONS: PacingOptions = { eventSeconds: 0.25, maxGapSeconds: 0.5 };

/** The virtual time of every event, indexed by seq. */
export function eventTimes(events: readonly TraceEvent[]): Float64Array {
  const out = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) out[i] = events[i].t;
  return out;
}

/** How a gap of `gapSeconds` virtual seconds is played. */
export function gapPlaybackSeconds(
  gapSeconds: number,
  pacing: Pacing,
  options: PacingOptions = DEFAULT_PACING_OPTIONS
): number {
  const gap = Math.max(0, gapSeconds);
  return pacing === 'virtual' ? gap : Math.min(gap, options.maxGapSeconds);
}

/**
 * `schedule[seq]` = playback seconds (at speed 1) at which event `seq` becomes the cursor; `schedule[0] = 0`,
 * strictly increasing when eventSeconds > 0.
 */
export function pacingSchedule(
  tSeconds: ArrayLike<number>,
  pacing: Pacing,
  options: PacingOptions = DEFAULT_PACING_OPTIONS
): Float64Array {
  const out = new Float64Array(tSeconds.length);
  for (let i = 1; i < tSeconds.length; i++) {
    out[i] = out[i - 1] + options.eventSeconds + gapPlaybackSeconds(tSeconds[i] - tSeconds[i - 1], pacing, options);
  }
  return out;
}

/** The cursor at playback time `playbackSeconds`: the last event whose scheduled time has come (0 before start). */
export function seqAtPlayback(schedule: Float64Array, playbackSeconds: number): number {
  if (schedule.length === 0) return 0;
  return Math.max(0, upperBound(schedule, playbackSeconds) - 1);
}

/**
 * Virtual seconds at playback time `playbackSeconds`, so the playhead and the loop clock move through waits: on event
 * `i` the clock shows its time for the event's own `eventSeconds`, then advances evenly across the gap to event
 * `i + 1` (at its real rate in virtual pacing, squeezed in compressed pacing), reaching it exactly when it becomes the
 * cursor. Zero-time steps keep the clock still.
 */
export function timeAtPlayback(
  schedule: Float64Array,
  tSeconds: ArrayLike<number>,
  playbackSeconds: number,
  eventSeconds: number = DEFAULT_PACING_OPTIONS.eventSeconds
): number {
  const n = schedule.length;
  if (n === 0) return 0;
  const i = seqAtPlayback(schedule, playbackSeconds);
  if (i >= n - 1) return tSeconds[n - 1];
  const gapPlayback = schedule[i + 1] - schedule[i] - eventSeconds;
  const into = playbackSeconds - schedule[i] - eventSeconds;
  if (!(gapPlayback > 0) || into <= 0) return tSeconds[i];
  return tSeconds[i] + Math.min(1, into / gapPlayback) * (tSeconds[i + 1] - tSeconds[i]);
}

/** The axis scale: virtual seconds → pixels. */
export function timeScale(domainSeconds: [number, number], rangePx: [number, number]): ScaleLinear<number, number> {
  const [t0, t1] = domainSeconds;
  // A trace where no time passes still needs a non-degenerate axis.
  return scaleLinear()
    .domain([t0, t1 > t0 ? t1 : t0 + 1])
    .range(rangePx);
}

/**
 * The compressed axis: virtual seconds → compressed seconds, piecewise linear with a knot at every distinct event
 * time, each gap squeezed to at most `maxGapSeconds`. Compose with `timeScale` (on the compressed domain) to draw.
 */
export function compressedTimeScale(
  tSeconds: ArrayLike<number>,
  options: PacingOptions = DEFAULT_PACING_OPTIONS
): ScaleLinear<number, number> {
  const domain: number[] = [];
  const range: number[] = [];
  for (let i = 0; i < tSeconds.length; i++) {
    const t = tSeconds[i];
    if (domain.length === 0) {
      domain.push(t);
      range.push(0);
    } else if (t > domain[domain.length - 1]) {
      range.push(range[range.length - 1] + gapPlaybackSeconds(t - domain[domain.length - 1], 'compressed', options));
      domain.push(t);
    }
  }
  if (domain.length === 0) return scaleLinear().domain([0, 1]).range([0, 1]);
  if (domain.length === 1)
    return scaleLinear()
      .domain([domain[0], domain[0] + 1])
      .range([0, options.maxGapSeconds]);
  return scaleLinear().domain(domain).range(range);
}
