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
 * Pure data; the components only read it. (The headless player that moves a cursor over it is
 * src/lib/player/session.svelte.ts.)
 */
export interface PlayerModel {
  events: readonly TraceEvent[];
  timeline: Timeline;
  stateIndex: StateIndex;
  track: PlaybackTrack;
  /** Colour token of each lane: `loop`, `thread` or `c0`…`c5` (CSS variables `--tone-<token>`). */
  laneTone: string[];
  /**
   * Colour token of a task or thread, by its tid when known (two tasks may share a name), else by name (the newest
   * lane of that name, as the trace's name-only references mean). `loop` for null or unknown.
   */
  toneOf: (name: string | null | undefined, tid?: number | null) => string;
  axis: Record<Pacing, EventAxis>;
}

/** Colour-blind-safe task colours (Okabe–Ito order); lanes also carry their names, so colour is never alone. */
export const TASK_TONES = 6;

/** The lane of a task or thread: by tid when known (names can repeat), else by name; -1 when it has none. */
export function laneOf(timeline: Timeline, name: string | null | undefined, tid?: number | null): number {
  if (tid !== undefined && tid !== null) {
    const byTid = timeline.laneByTid.get(tid);
    if (byTid !== undefined) return byTid;
  }
  return name ? (timeline.laneByName.get(name) ?? -1) : -1;
}

/** The lane an event happens in: its thread's, else its task's (by tid), else the loop's; -1 for no event. */
export function eventLane(timeline: Timeline, event: TraceEvent | undefined): number {
  if (!event) return -1;
  if ('thread' in event && typeof event.thread === 'string' && event.thread) return laneOf(timeline, event.thread);
  if ('task' in event && typeof event.task === 'string') {
    const tid = 'tid' in event && typeof event.tid === 'number' ? event.tid : undefined;
    return laneOf(timeline, event.task, tid);
  }
  return timeline.loopLane;
}

export function buildPlayerModel(events: readonly TraceEvent[]): PlayerModel {
  const timeline = buildTimeline(events);
  let k = 0;
  const laneTone = timeline.lanes.map((lane) =>
    lane.kind === 'loop' ? 'loop' : lane.kind === 'thread' ? 'thread' : `c${k++ % TASK_TONES}`
  );
  return {
    events,
    timeline,
    stateIndex: buildStateIndex(events),
    track: buildPlaybackTrack(events),
    laneTone,
    toneOf: (name, tid) => laneTone[laneOf(timeline, name, tid)] ?? 'loop',
    axis: { virtual: buildEventAxis(events, 'virtual'), compressed: buildEventAxis(events, 'compressed') }
  };
}

/** CSS colour for a tone token. */
export function toneVar(tone: string | undefined): string {
  return `var(--tone-${tone ?? 'loop'})`;
}
