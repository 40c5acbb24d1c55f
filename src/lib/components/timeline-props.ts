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

/** Whether a trace is big enough to need Lanes.canvas.svelte rather than Lanes.svg.svelte. */
export function needsCanvas(model: PlayerModel): boolean {
  return model.timeline.spans.count > SVG_SPAN_LIMIT;
}
