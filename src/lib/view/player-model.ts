import {
  buildPlaybackTrack,
  buildStateIndex,
  buildTimeline,
  type Pacing,
  type PlaybackTrack,
  type StateIndex,
  type Timeline
} from '../timeline';
import type { TraceEvent } from '../trace/events';
import { buildEventAxis, type EventAxis } from './event-axis';

/**
 * Everything the player derives from one trace, computed once when the page opens: the layout (lanes, spans,
 * arrows), the loop-state index for `stateAt`, the playback track, each lane's colour and the axis per pacing.
 * Pure data; the components only read it.
 */
export interface PlayerModel {
  events: readonly TraceEvent[];
  timeline: Timeline;
  stateIndex: StateIndex;
  track: PlaybackTrack;
  /** Colour token of each lane: `loop`, `thread` or `c0`…`c5` (CSS variables `--tone-<token>`). */
  laneTone: string[];
  /** Colour token by task / thread name. */
  toneByName: Map<string, string>;
  axis: Record<Pacing, EventAxis>;
}

/** Colour-blind-safe task colours (Okabe–Ito order); lanes also carry their names, so colour is never alone. */
export const TASK_TONES = 6;

export function buildPlayerModel(events: readonly TraceEvent[]): PlayerModel {
  const timeline = buildTimeline(events);
  let k = 0;
  const laneTone = timeline.lanes.map((lane) =>
    lane.kind === 'loop' ? 'loop' : lane.kind === 'thread' ? 'thread' : `c${k++ % TASK_TONES}`
  );
  const toneByName = new Map<string, string>();
  timeline.lanes.forEach((lane, i) => toneByName.set(lane.name, laneTone[i]));
  return {
    events,
    timeline,
    stateIndex: buildStateIndex(events),
    track: buildPlaybackTrack(events),
    laneTone,
    toneByName,
    axis: { virtual: buildEventAxis(events, 'virtual'), compressed: buildEventAxis(events, 'compressed') }
  };
}

/** CSS colour for a tone token. */
export function toneVar(tone: string | undefined): string {
  return `var(--tone-${tone ?? 'loop'})`;
}
