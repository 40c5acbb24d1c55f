import type { LoopState, Pacing } from '../timeline';
import type { PlayerModel } from './player-model';

/** What the player's Timeline.svelte and the embed's EmbedTimeline.svelte both take from their player. */
export interface TimelineProps {
  model: PlayerModel;
  pacing: Pacing;
  cursor: number;
  loop: LoopState;
  currentLane: number;
}

/** Above this many spans the canvas renderer takes over (one SVG node per span gets slow). */
export const SVG_SPAN_LIMIT = 3000;

/**
 * Above this many lanes the timeline's body becomes a vertically scrolling viewport of bounded height (and the lanes
 * go to the canvas, which draws only the visible rows). The scenarios have at most a dozen lanes.
 */
export const SCROLL_LANES = 40;

/** Whether a trace is big enough to need Lanes.canvas.svelte rather than Lanes.svg.svelte. */
export function needsCanvas(model: PlayerModel): boolean {
  return model.timeline.spans.count > SVG_SPAN_LIMIT || model.timeline.lanes.length > SCROLL_LANES;
}

/** Whether the timeline's body scrolls vertically (too many lanes to show them all at once). */
export function needsScroll(model: PlayerModel): boolean {
  return model.timeline.lanes.length > SCROLL_LANES;
}

/**
 * The lanes visible in a vertically scrolled viewport, inclusive: rows are `rowH` tall below an `axisH` axis that
 * stays on top; `scrollTop` px are scrolled away and the viewport is `viewH` px tall (axis included). Always at least
 * one lane when there are lanes; [0, -1] when there are none.
 */
export function visibleLanes(
  scrollTop: number,
  viewH: number,
  axisH: number,
  rowH: number,
  laneCount: number
): [number, number] {
  if (laneCount <= 0) return [0, -1];
  const lane0 = Math.min(laneCount - 1, Math.max(0, Math.floor(scrollTop / rowH)));
  const bottom = scrollTop + Math.max(0, viewH - axisH); // content y (below the axis) at the viewport's bottom
  const lane1 = Math.min(laneCount - 1, Math.max(lane0, Math.ceil(bottom / rowH) - 1));
  return [lane0, lane1];
}

/** scrollTop that brings lane `lane` fully into a viewport (unchanged when it already is). */
export function scrollToShow(scrollTop: number, viewH: number, axisH: number, rowH: number, lane: number): number {
  const rowTop = lane * rowH;
  const rowBottom = rowTop + rowH;
  const visible = Math.max(rowH, viewH - axisH);
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + visible) return rowBottom - visible;
  return scrollTop;
}

/**
 * Following the playhead when zoomed in: if the playhead at `xPx` left the plot `[0, width]` (with `margin` px kept
 * clear at each side), the horizontal shift (px, to add to the zoom's x translation) that brings it back, placing
 * it `lead` of the width from the edge it is moving towards — or 0 when it is visible.
 */
export function followShift(xPx: number, width: number, margin = 24, lead = 0.2): number {
  if (width <= 0) return 0;
  if (xPx > width - margin) return width * lead - xPx; // ran off the right: put it near the left
  if (xPx < margin) return width * (1 - lead) - xPx; // stepped back off the left: put it near the right
  return 0;
}
