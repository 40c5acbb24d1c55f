import { ticks as niceTicks } from 'd3-array';
import { timeOfU, uOfTime, type EventAxis } from './event-axis';

/**
 * What the player's Axis.svg.svelte (drawn by d3-axis) and the embed's EmbedAxis.svelte (plain markup) share: their
 * props and the choice of ticks. Only d3-array here, so the embed still ships neither d3-axis nor d3-selection.
 */
export interface AxisProps {
  axis: EventAxis;
  xOfU: (u: number) => number;
  u0: number;
  u1: number;
  width: number;
  height: number;
  axisH: number;
}

/**
 * Round times (virtual seconds) inside the visible window [u0, u1], about one per 90 px; a single tick when the window
 * holds one instant. Same values as d3-scale's linear ticks over [t0, t1] (which call d3-array's ticks).
 */
export function axisTicks(axis: EventAxis, u0: number, u1: number, width: number): number[] {
  const t0 = timeOfU(axis, u0);
  const t1 = timeOfU(axis, u1);
  const count = Math.max(2, Math.floor(width / 90));
  const values = t1 > t0 ? niceTicks(t0, t1, count) : [t0];
  return values.filter((t) => t >= t0 && t <= t1);
}

/** The pixel position of a tick at time t (virtual seconds): where the first event at t starts. */
export function tickX(props: Pick<AxisProps, 'axis' | 'xOfU'>, t: number): number {
  return props.xOfU(uOfTime(props.axis, t, 'start'));
}

/** Labels closer than this would touch ("0.25 s" is about 40 px wide at the axis's type size). */
export const MIN_TICK_GAP_PX = 52;

/**
 * The ticks to draw, with their x: axisTicks thinned so no two labels are closer than minGapPx. The axis is not
 * linear in time (instants are stretched, see event-axis.ts), so round times evenly spaced in seconds can land
 * almost on top of each other — e.g. 0.2 s … 1.0 s squeezed into a blocking call's span. Greedy from the left.
 */
export function spacedTicks(
  props: Pick<AxisProps, 'axis' | 'xOfU' | 'u0' | 'u1' | 'width'>,
  minGapPx = MIN_TICK_GAP_PX
): { t: number; x: number }[] {
  const out: { t: number; x: number }[] = [];
  for (const t of axisTicks(props.axis, props.u0, props.u1, props.width)) {
    const x = tickX(props, t);
    if (out.length === 0 || x - out[out.length - 1].x >= minGapPx) out.push({ t, x });
  }
  return out;
}
