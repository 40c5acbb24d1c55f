import type { TraceEvent } from '../trace/events';
import { buildNavIndex, type NavIndex } from './nav';
import { DEFAULT_PACING_OPTIONS, eventTimes, pacingSchedule, type Pacing, type PacingOptions } from './scales';

/** Everything the playback machine needs from a trace, precomputed once: its length, step targets and schedules. */
export interface PlaybackTrack {
  total: number;
  nav: NavIndex;
  /** Playback seconds (speed 1) per seq, for each pacing. */
  schedules: Record<Pacing, Float64Array>;
}

export function buildPlaybackTrack(
  events: readonly TraceEvent[],
  options: PacingOptions = DEFAULT_PACING_OPTIONS
): PlaybackTrack {
  const times = eventTimes(events);
  return {
    total: events.length,
    nav: buildNavIndex(events),
    schedules: {
      virtual: pacingSchedule(times, 'virtual', options),
      compressed: pacingSchedule(times, 'compressed', options)
    }
  };
}
