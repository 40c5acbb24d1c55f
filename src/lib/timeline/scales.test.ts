import { describe, expect, it } from 'vitest';
import { SAY_AFTER } from '../../../tests/fixtures/timeline/say-after';
import {
  compressedTimeScale,
  eventTimes,
  gapPlaybackSeconds,
  pacingSchedule,
  seqAtPlayback,
  timeAtPlayback,
  timeScale
} from './scales';

const opts = { eventSeconds: 0.25, maxGapSeconds: 0.5 };

describe('pacing', () => {
  const times = [0, 0, 1, 1, 11];

  it('virtual: each event takes eventSeconds and virtual time passes 1:1', () => {
    expect([...pacingSchedule(times, 'virtual', opts)]).toEqual([0, 0.25, 1.5, 1.75, 12]);
  });

  it('compressed: gaps are squeezed to maxGapSeconds', () => {
    expect([...pacingSchedule(times, 'compressed', opts)]).toEqual([0, 0.25, 1, 1.25, 2]);
    expect(gapPlaybackSeconds(0.2, 'compressed', opts)).toBe(0.2);
    expect(gapPlaybackSeconds(10, 'compressed', opts)).toBe(0.5);
    expect(gapPlaybackSeconds(10, 'virtual', opts)).toBe(10);
  });

  it('finds the cursor at a playback time', () => {
    const schedule = pacingSchedule(times, 'virtual', opts);
    expect(seqAtPlayback(schedule, -1)).toBe(0);
    expect(seqAtPlayback(schedule, 0.2)).toBe(0);
    expect(seqAtPlayback(schedule, 0.25)).toBe(1);
    expect(seqAtPlayback(schedule, 11.99)).toBe(3);
    expect(seqAtPlayback(schedule, 99)).toBe(4);
    expect(seqAtPlayback(new Float64Array(0), 3)).toBe(0);
  });

  it('schedules say_after so the 2 s of sleeping take 2 s more in virtual pacing', () => {
    const t = eventTimes(SAY_AFTER);
    const virtual = pacingSchedule(t, 'virtual', opts);
    const compressed = pacingSchedule(t, 'compressed', opts);
    expect(virtual[45]).toBeCloseTo(45 * 0.25 + 2, 12);
    expect(compressed[45]).toBeCloseTo(45 * 0.25 + 1, 12);
  });
});

describe('scales', () => {
  it('maps virtual seconds to pixels', () => {
    const x = timeScale([0, 2], [0, 800]);
    expect(x(1)).toBe(400);
    expect(x.invert(200)).toBe(0.5);
    expect(timeScale([3, 3], [0, 100])(3)).toBe(0); // no time passes: still a usable axis
  });

  it('compresses the axis piecewise at event times', () => {
    const c = compressedTimeScale([0, 0, 0.2, 10.2, 10.2], opts);
    expect(c(0)).toBe(0);
    expect(c(0.2)).toBeCloseTo(0.2, 12);
    expect(c(10.2)).toBeCloseTo(0.7, 12);
    expect(c(5.2)).toBeCloseTo(0.45, 12); // halfway through the squeezed gap
    expect(compressedTimeScale([4], opts)(4)).toBe(0);
  });
});

describe('timeAtPlayback: the loop clock moves through waits', () => {
  const times = [0, 0, 1, 3];
  it('stands still on an event, crosses a gap evenly, and reaches the next event on time', () => {
    const v = pacingSchedule(times, 'virtual', opts);
    expect(timeAtPlayback(v, times, 0.1, 0.25)).toBe(0);
    expect(timeAtPlayback(v, times, v[1] + 0.25 + 0.5, 0.25)).toBeCloseTo(0.5, 12);
    expect(timeAtPlayback(v, times, v[2], 0.25)).toBe(1);
    expect(timeAtPlayback(v, times, v[2] + 0.25 + 1, 0.25)).toBeCloseTo(2, 12);
    expect(timeAtPlayback(v, times, 1e9, 0.25)).toBe(3);
    const c = pacingSchedule(times, 'compressed', opts);
    // compressed: the 2 s gap takes 0.5 s of playback, so halfway through it the clock is at 2.0
    expect(timeAtPlayback(c, times, c[2] + 0.25 + 0.25, 0.25)).toBeCloseTo(2, 12);
  });
});
