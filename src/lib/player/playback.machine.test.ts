import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { fakeTicker } from '../../../tests/support/fake-ticker';
import { SAY_AFTER } from '../../../tests/fixtures/timeline/say-after';
import { buildPlaybackTrack } from '../timeline/track';
import { playbackMachine, type PlaybackInput } from './playback.machine';

// 0.25 s per event and gaps of whole seconds: every schedule value is exact in binary floating point.
const track = buildPlaybackTrack(SAY_AFTER, { eventSeconds: 0.25, maxGapSeconds: 0.5 });

function start(input: Partial<PlaybackInput> = {}) {
  const ticker = fakeTicker();
  const actor = createActor(playbackMachine.provide({ actors: { ticker: ticker.actor } }), {
    input: { track, ...input }
  });
  actor.start();
  const snap = () => actor.getSnapshot();
  return { actor, ticker, snap, send: actor.send.bind(actor) };
}

describe('playback machine', () => {
  it('starts paused at the given cursor with defaults', () => {
    const { snap } = start({ cursor: 7 });
    expect(snap().value).toBe('paused');
    expect(snap().context).toMatchObject({ cursor: 7, speed: 1, pacing: 'virtual', total: 46 });
  });

  it('clamps and snaps its input', () => {
    const { snap } = start({ cursor: -5, speed: 3.1, pacing: 'bogus' as never });
    expect(snap().context).toMatchObject({ cursor: 0, speed: 4, pacing: 'virtual' });
    expect(start({ cursor: 10_000 }).snap().value).toBe('ended');
  });

  it('advances the cursor by virtual pacing and speed on each tick', () => {
    const { snap, send, ticker } = start();
    send({ type: 'PLAY' });
    expect(snap().value).toBe('playing');
    ticker.tick(250); // 0.25 s: the next event
    expect(snap().context.cursor).toBe(1);
    ticker.tick(1000); // 1.25 s: five events
    expect(snap().context.cursor).toBe(5);
    ticker.tick(100); // 1.35 s: still event 5
    expect(snap().context.cursor).toBe(5);
    send({ type: 'SPEED_UP' }); // 2×
    ticker.tick(75); // +0.15 s → 1.5 s
    expect(snap().context.cursor).toBe(6);
  });

  it('plays a 1 s sleep as 1 s in virtual pacing and 0.5 s in compressed pacing', () => {
    // Event 19 (timer.fire at t=1) comes 1 s of virtual time after event 18.
    const virtual = start({ cursor: 18 });
    virtual.send({ type: 'PLAY' });
    virtual.ticker.tick(1249);
    expect(virtual.snap().context.cursor).toBe(18);
    virtual.ticker.tick(1);
    expect(virtual.snap().context.cursor).toBe(19);

    const compressed = start({ cursor: 18, pacing: 'compressed' });
    compressed.send({ type: 'PLAY' });
    compressed.ticker.tick(749);
    expect(compressed.snap().context.cursor).toBe(18);
    compressed.ticker.tick(1);
    expect(compressed.snap().context.cursor).toBe(19);
  });

  it('switching pacing keeps the cursor and continues from it', () => {
    const { snap, send, ticker } = start({ cursor: 18 });
    send({ type: 'PLAY' });
    ticker.tick(500);
    send({ type: 'SET_PACING', pacing: 'compressed' });
    expect(snap().context).toMatchObject({ cursor: 18, pacing: 'compressed' });
    ticker.tick(750);
    expect(snap().context.cursor).toBe(19);
  });

  it('ends at the last event and stops the ticker', () => {
    const { snap, send, ticker } = start({ cursor: 40 });
    send({ type: 'PLAY' });
    expect(ticker.live).toBe(1);
    ticker.tick(60_000);
    expect(snap().value).toBe('ended');
    expect(snap().context.cursor).toBe(45);
    expect(ticker.live).toBe(0);
  });

  it('stops the ticker when paused, stepping, or stopped — no leaks', () => {
    const { actor, send, ticker } = start();
    send({ type: 'PLAY' });
    send({ type: 'PAUSE' });
    expect(ticker.live).toBe(0);
    send({ type: 'TOGGLE' });
    expect(ticker.live).toBe(1);
    send({ type: 'STEP', by: 'event', dir: 1 });
    expect(ticker.live).toBe(0);
    send({ type: 'PLAY' });
    actor.stop();
    expect(ticker.live).toBe(0);
    expect(ticker.started).toBe(3);
  });

  it('steps by event, iteration and print, and stays put when there is nothing further', () => {
    const { snap, send } = start({ cursor: 10 });
    send({ type: 'STEP', by: 'event', dir: 1 });
    expect(snap().context.cursor).toBe(11);
    send({ type: 'STEP', by: 'iteration', dir: 1 });
    expect(snap().context.cursor).toBe(12);
    send({ type: 'STEP', by: 'iteration', dir: -1 });
    expect(snap().context.cursor).toBe(3);
    send({ type: 'STEP', by: 'print', dir: 1 });
    expect(snap().context.cursor).toBe(5);
    send({ type: 'START' });
    send({ type: 'STEP', by: 'event', dir: -1 });
    expect(snap().context.cursor).toBe(0);
  });

  it('pauses when stepping during playback', () => {
    const { snap, send } = start();
    send({ type: 'PLAY' });
    send({ type: 'STEP', by: 'print', dir: 1 });
    expect(snap().value).toBe('paused');
    expect(snap().context.cursor).toBe(5);
  });

  it('enters ended when a step reaches the last event, and leaves it by stepping back', () => {
    const { snap, send } = start({ cursor: 44 });
    send({ type: 'STEP', by: 'event', dir: 1 });
    expect(snap().value).toBe('ended');
    send({ type: 'STEP', by: 'event', dir: 1 });
    expect(snap().context.cursor).toBe(45);
    send({ type: 'STEP', by: 'event', dir: -1 });
    expect(snap().value).toBe('paused');
    expect(snap().context.cursor).toBe(44);
  });

  it('seeks with clamping, in any state', () => {
    const { snap, send, ticker } = start();
    send({ type: 'SEEK', seq: 30 });
    expect(snap().context.cursor).toBe(30);
    send({ type: 'SEEK', seq: 999 });
    expect(snap().value).toBe('ended');
    send({ type: 'SEEK', seq: 12.7 });
    expect(snap()).toMatchObject({ value: 'paused', context: { cursor: 12 } });
    send({ type: 'SEEK', seq: Number.NaN });
    expect(snap().context.cursor).toBe(12);
    send({ type: 'PLAY' });
    send({ type: 'SEEK', seq: 20 });
    expect(snap()).toMatchObject({ value: 'playing', context: { cursor: 20 } });
    ticker.tick(250);
    expect(snap().context.cursor).toBe(21);
  });

  it('jumps to start and end; replay and play-after-end restart from 0', () => {
    const { snap, send } = start({ cursor: 20 });
    send({ type: 'END' });
    expect(snap()).toMatchObject({ value: 'ended', context: { cursor: 45 } });
    send({ type: 'PLAY' });
    expect(snap()).toMatchObject({ value: 'playing', context: { cursor: 0 } });
    send({ type: 'SEEK', seq: 30 });
    send({ type: 'REPLAY' });
    expect(snap()).toMatchObject({ value: 'playing', context: { cursor: 0 } });
    send({ type: 'END' });
    send({ type: 'START' });
    expect(snap()).toMatchObject({ value: 'paused', context: { cursor: 0 } });
  });

  it('changes speed in ×2 steps within 0.25–8', () => {
    const { snap, send } = start();
    for (let i = 0; i < 5; i++) send({ type: 'SPEED_UP' });
    expect(snap().context.speed).toBe(8);
    for (let i = 0; i < 9; i++) send({ type: 'SPEED_DOWN' });
    expect(snap().context.speed).toBe(0.25);
    send({ type: 'SET_SPEED', speed: 1.9 });
    expect(snap().context.speed).toBe(2);
    send({ type: 'SET_SPEED', speed: -1 });
    expect(snap().context.speed).toBe(1);
  });

  it('ignores non-positive or malformed ticks', () => {
    const { snap, send, ticker } = start();
    send({ type: 'PLAY' });
    ticker.tick(-100);
    ticker.tick(Number.NaN);
    expect(snap().context).toMatchObject({ cursor: 0, playheadSeconds: 0 });
  });

  it('ends at once on a one-event trace', () => {
    const one = buildPlaybackTrack(SAY_AFTER.slice(0, 1));
    const ticker = fakeTicker();
    const actor = createActor(playbackMachine.provide({ actors: { ticker: ticker.actor } }), {
      input: { track: one }
    }).start();
    expect(actor.getSnapshot().value).toBe('ended');
    actor.send({ type: 'PLAY' });
    expect(actor.getSnapshot().value).toBe('ended');
    expect(ticker.live).toBe(0);
  });
});

describe('LOAD: a new track under the same player', () => {
  // A shorter run of the same program (the first 24 events) and a one-event trace.
  const short = buildPlaybackTrack(SAY_AFTER.slice(0, 24), { eventSeconds: 0.25, maxGapSeconds: 0.5 });

  it('keeps the cursor at the same relative place by default, or goes where it is told', () => {
    const { snap, send } = start({ cursor: 15, speed: 2, pacing: 'compressed' });
    send({ type: 'LOAD', track: short });
    // 15 of 0..45 is one third of the way: 23 × 1/3 ≈ 8.
    expect(snap()).toMatchObject({
      value: 'paused',
      context: { cursor: 8, total: 24, speed: 2, pacing: 'compressed' }
    });
    expect(snap().context.track).toBe(short);
    expect(snap().context.playheadSeconds).toBe(short.schedules.compressed[8]);
    send({ type: 'LOAD', track, cursor: 30 });
    expect(snap().context).toMatchObject({ cursor: 30, total: 46 });
    send({ type: 'LOAD', track: short, cursor: 99 });
    expect(snap()).toMatchObject({ value: 'ended', context: { cursor: 23 } });
  });

  it('navigates on the new track afterwards', () => {
    const { snap, send } = start({ cursor: 45 });
    expect(snap().value).toBe('ended');
    send({ type: 'LOAD', track: short, cursor: 10 });
    expect(snap()).toMatchObject({ value: 'paused', context: { cursor: 10 } });
    send({ type: 'END' });
    expect(snap().context.cursor).toBe(23);
    send({ type: 'LOAD', track });
    // The last event stays the last: ended on the longer track too.
    expect(snap()).toMatchObject({ value: 'ended', context: { cursor: 45 } });
  });

  it('keeps playing on the new schedule with the same ticker', () => {
    const { snap, send, ticker } = start();
    send({ type: 'PLAY' });
    ticker.tick(250);
    expect(snap().context.cursor).toBe(1);
    send({ type: 'LOAD', track: short, cursor: 18 });
    expect(snap()).toMatchObject({ value: 'playing', context: { cursor: 18 } });
    expect(snap().context.playheadSeconds).toBe(short.schedules.virtual[18]);
    expect(ticker.started).toBe(1);
    ticker.tick(60_000);
    expect(snap()).toMatchObject({ value: 'ended', context: { cursor: 23 } });
    expect(ticker.live).toBe(0);
  });

  it('a one-event track ends at once', () => {
    const { snap, send } = start({ cursor: 12 });
    send({ type: 'LOAD', track: buildPlaybackTrack(SAY_AFTER.slice(0, 1)) });
    expect(snap()).toMatchObject({ value: 'ended', context: { cursor: 0, total: 1 } });
  });
});
