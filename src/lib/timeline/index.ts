/** src/lib/timeline — trace v1 → view model (lanes, spans, arrows), loop state at a cursor, narration, pacing. */
export { buildTimeline } from './build';
export {
  laneSpanRange,
  forEachSpanInView,
  spansInView,
  spanLabel,
  blockRange,
  arrowsUpTo,
  arrowsInView
} from './query';
export {
  STATE_PRIORITY,
  PRIORITY_STATE,
  RangeMax,
  spanPriorityIndex,
  lanePrints,
  laneSpanAt,
  stepSpan,
  firstAtOrAfter,
  type LanePrints
} from './lod';
export { buildStateIndex, stateAt, replayState, type StateIndex, type StateIndexOptions } from './state-index';
export type {
  LoopState,
  TaskView,
  TaskStatus,
  TimerView,
  ThreadView,
  QueueView,
  ReadyEntry,
  ConsoleLine,
  IdleWait
} from './state';
export { buildNavIndex, stepTarget, type NavIndex, type StepUnit, type StepDir } from './nav';
export { narrate, describeIdle } from './narration';
export {
  PACINGS,
  DEFAULT_PACING_OPTIONS,
  eventTimes,
  gapPlaybackSeconds,
  pacingSchedule,
  seqAtPlayback,
  timeScale,
  compressedTimeScale,
  type Pacing,
  type PacingOptions
} from './scales';
export { buildPlaybackTrack, type PlaybackTrack } from './track';
export * from './types';
