import { assign, setup } from 'xstate';
import { seqAtPlayback, stepTarget, type Pacing, type PlaybackTrack, type StepDir, type StepUnit } from '../timeline';
import { sameRelativePlace } from './relative-place';
import { DEFAULT_SPEED, snapSpeed, stepSpeed } from './speed';
import { frameTicker } from './ticker';

/**
 * Playback of one trace: where the cursor is (an event seq), how fast it moves and how time is paced.
 * The view is a function of the cursor, so this machine is all the player's state that changes over time.
 *
 * Invariants: 0 <= cursor <= max(0, total - 1); speed is one of SPEEDS; while `playing`, `playheadSeconds` (playback
 * seconds at speed 1 on the current pacing's schedule) satisfies schedule[cursor] <= playheadSeconds, and exactly one
 * ticker actor runs; in any other state no ticker runs. `ended` is the state exactly when the cursor is on the last
 * event (entered automatically from paused/playing).
 */

export interface PlaybackContext {
  track: PlaybackTrack;
  cursor: number;
  speed: number;
  pacing: Pacing;
  total: number;
  playheadSeconds: number;
}

export interface PlaybackInput {
  track: PlaybackTrack;
  cursor?: number;
  speed?: number;
  pacing?: Pacing;
}

export type PlaybackEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TOGGLE' }
  | { type: 'STEP'; by: StepUnit; dir: StepDir }
  | { type: 'SEEK'; seq: number }
  | { type: 'START' }
  | { type: 'END' }
  | { type: 'SPEED_UP' }
  | { type: 'SPEED_DOWN' }
  | { type: 'SET_SPEED'; speed: number }
  | { type: 'SET_PACING'; pacing: Pacing }
  | { type: 'REPLAY' }
  | { type: 'TICK'; dtMs: number }
  /**
   * A new track replaces the current one (the same view on a re-run trace, e.g. after a what-if knob changed):
   * the cursor goes to `cursor` (clamped) or, without one, to the same relative place as before; speed, pacing and
   * play/pause are kept (a run that was playing keeps playing from there).
   */
  | { type: 'LOAD'; track: PlaybackTrack; cursor?: number };

const lastSeq = (c: PlaybackContext) => Math.max(0, c.total - 1);
const clampSeq = (c: PlaybackContext, seq: number) =>
  Number.isFinite(seq) ? Math.min(lastSeq(c), Math.max(0, Math.floor(seq))) : c.cursor;
const scheduleOf = (c: PlaybackContext) => c.track.schedules[c.pacing];
const playheadAt = (c: PlaybackContext, seq: number) => scheduleOf(c)[seq] ?? 0;

export const playbackMachine = setup({
  types: {
    context: {} as PlaybackContext,
    events: {} as PlaybackEvent,
    input: {} as PlaybackInput
  },
  actors: { ticker: frameTicker },
  guards: {
    atEnd: ({ context }) => context.cursor >= lastSeq(context),
    canStepBack: ({ event }) => event.type === 'STEP' && event.dir === -1,
    seekBeforeEnd: ({ context, event }) => event.type === 'SEEK' && clampSeq(context, event.seq) < lastSeq(context)
  },
  actions: {
    syncPlayhead: assign({ playheadSeconds: ({ context }) => playheadAt(context, context.cursor) }),
    advance: assign(({ context, event }) => {
      if (event.type !== 'TICK' || !(event.dtMs > 0)) return {};
      const playheadSeconds = context.playheadSeconds + (event.dtMs / 1000) * context.speed;
      const reached = Math.min(lastSeq(context), seqAtPlayback(scheduleOf(context), playheadSeconds));
      return { playheadSeconds, cursor: Math.max(context.cursor, reached) };
    }),
    step: assign(({ context, event }) => {
      if (event.type !== 'STEP') return {};
      const target = stepTarget(context.track.nav, context.cursor, event.by, event.dir);
      const cursor = target === null ? context.cursor : clampSeq(context, target);
      return { cursor, playheadSeconds: playheadAt(context, cursor) };
    }),
    seek: assign(({ context, event }) => {
      if (event.type !== 'SEEK') return {};
      const cursor = clampSeq(context, event.seq);
      return { cursor, playheadSeconds: playheadAt(context, cursor) };
    }),
    toStart: assign(({ context }) => ({ cursor: 0, playheadSeconds: playheadAt(context, 0) })),
    toEnd: assign(({ context }) => ({
      cursor: lastSeq(context),
      playheadSeconds: playheadAt(context, lastSeq(context))
    })),
    speedUp: assign({ speed: ({ context }) => stepSpeed(context.speed, 1) }),
    speedDown: assign({ speed: ({ context }) => stepSpeed(context.speed, -1) }),
    setSpeed: assign({
      speed: ({ context, event }) => (event.type === 'SET_SPEED' ? snapSpeed(event.speed) : context.speed)
    }),
    load: assign(({ context, event }) => {
      if (event.type !== 'LOAD') return {};
      const next = { ...context, track: event.track, total: event.track.total };
      const wanted = event.cursor ?? sameRelativePlace(context.cursor, context.total, next.total);
      const cursor = clampSeq({ ...next, cursor: 0 }, wanted);
      return { track: next.track, total: next.total, cursor, playheadSeconds: playheadAt(next, cursor) };
    }),
    setPacing: assign(({ context, event }) => {
      if (event.type !== 'SET_PACING' || (event.pacing !== 'virtual' && event.pacing !== 'compressed')) return {};
      // Keep the cursor; move the playhead onto the new schedule so playback continues from the same event.
      const next = { ...context, pacing: event.pacing };
      return { pacing: event.pacing, playheadSeconds: playheadAt(next, context.cursor) };
    })
  }
}).createMachine({
  id: 'playback',
  context: ({ input }) => {
    const base: PlaybackContext = {
      track: input.track,
      total: input.track.total,
      cursor: 0,
      speed: input.speed === undefined ? DEFAULT_SPEED : snapSpeed(input.speed),
      pacing: input.pacing === 'compressed' ? 'compressed' : 'virtual',
      playheadSeconds: 0
    };
    const cursor = clampSeq(base, input.cursor ?? 0);
    return { ...base, cursor, playheadSeconds: playheadAt(base, cursor) };
  },
  initial: 'paused',
  on: {
    SPEED_UP: { actions: 'speedUp' },
    SPEED_DOWN: { actions: 'speedDown' },
    SET_SPEED: { actions: 'setSpeed' },
    SET_PACING: { actions: 'setPacing' }
  },
  states: {
    paused: {
      always: { guard: 'atEnd', target: 'ended' },
      on: {
        PLAY: 'playing',
        TOGGLE: 'playing',
        STEP: { actions: 'step' },
        SEEK: { actions: 'seek' },
        START: { actions: 'toStart' },
        END: { target: 'ended', actions: 'toEnd' },
        REPLAY: { target: 'playing', actions: 'toStart' },
        LOAD: { actions: 'load' }
      }
    },
    playing: {
      entry: 'syncPlayhead',
      invoke: { id: 'ticker', src: 'ticker' },
      always: { guard: 'atEnd', target: 'ended' },
      on: {
        TICK: { actions: 'advance' },
        PAUSE: 'paused',
        TOGGLE: 'paused',
        STEP: { target: 'paused', actions: 'step' },
        SEEK: { actions: 'seek' },
        START: { actions: 'toStart' },
        END: { target: 'ended', actions: 'toEnd' },
        REPLAY: { actions: 'toStart' },
        // Same ticker, new schedule: the playhead moves onto the new track at the new cursor.
        LOAD: { actions: 'load' }
      }
    },
    ended: {
      on: {
        PLAY: { target: 'playing', actions: 'toStart' },
        TOGGLE: { target: 'playing', actions: 'toStart' },
        REPLAY: { target: 'playing', actions: 'toStart' },
        STEP: { guard: 'canStepBack', target: 'paused', actions: 'step' },
        SEEK: { guard: 'seekBeforeEnd', target: 'paused', actions: 'seek' },
        START: { target: 'paused', actions: 'toStart' },
        // Through paused: back to ended at once when the new cursor is the new track's last event.
        LOAD: { target: 'paused', actions: 'load' }
      }
    }
  }
});
