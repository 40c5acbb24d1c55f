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
export function axisTicks(
  axis: EventAxis,
  u0: number,
  u1: number,
  width: number,
  count = Math.max(2, Math.floor(width / 90))
): number[] {
  const t0 = timeOfU(axis, u0);
  const t1 = timeOfU(axis, u1);
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
 * The ticks to draw, with their x, no two labels closer than minGapPx. The axis is not linear in time (instants are
 * stretched, see event-axis.ts), so round times evenly spaced in seconds can land almost on top of each other — e.g.
 * 0.2 s … 1.0 s squeezed into a blocking call's span. So: ask for fewer, coarser round ticks (every 0.5 s instead of
 * every 0.2 s) until they fit, keeping the steps regular; if even two crowd, drop crowded ones greedily from the left.
 */
export function spacedTicks(
  props: Pick<AxisProps, 'axis' | 'xOfU' | 'u0' | 'u1' | 'width'>,
  minGapPx = MIN_TICK_GAP_PX
): { t: number; x: number }[] {
  const place = (count: number) =>
    axisTicks(props.axis, props.u0, props.u1, props.width, count).map((t) => ({ t, x: tickX(props, t) }));
  const fits = (ticks: { x: number }[]) => ticks.every((k, i) => i === 0 || k.x - ticks[i - 1].x >= minGapPx);
  let count = Math.max(2, Math.floor(props.width / 90));
  let ticks = place(count);
  while (!fits(ticks) && count > 2) {
    count = Math.max(2, Math.floor(count / 2));
    ticks = place(count);
  }
  const out: { t: number; x: number }[] = [];
  for (const k of ticks) if (out.length === 0 || k.x - out[out.length - 1].x >= minGapPx) out.push(k);
  return out;
}
