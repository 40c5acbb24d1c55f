/**
 * Which cursors a recording shows and for how long: deterministic (from the playback schedule, never the wall
 * clock). The schedule gives each event's playback time at speed 1 (pacing applied); the recording plays it at the
 * same pace, sped up when needed to last at most `maxSeconds`. When the trace has more events than `maxFrames`, frames
 * are taken at equal steps of playback time (each the cursor due then), so pauses in the story stay pauses.
 * The last frame is held for `holdCs`, so a looping GIF rests on the ending.
 */
export interface RecordingPlan {
  cursors: number[];
  /** Hundredths of a second per frame (GIF's unit), ≥ MIN_DELAY_CS. */
  delaysCs: number[];
  /** Speed-up applied to the schedule (1 = real playback speed). */
  speedup: number;
}

export interface RecordingOptions {
  maxFrames?: number;
  maxSeconds?: number;
  holdCs?: number;
}

/** Browsers show shorter GIF delays as 10 cs; 2 cs is the shortest honoured everywhere. */
export const MIN_DELAY_CS = 2;
export const MAX_FRAMES = 300;

export function planRecording(schedule: ArrayLike<number>, options: RecordingOptions = {}): RecordingPlan {
  const maxFrames = Math.max(2, options.maxFrames ?? MAX_FRAMES);
  const maxSeconds = options.maxSeconds ?? 30;
  const holdCs = options.holdCs ?? 300;
  const n = schedule.length;
  if (n === 0) return { cursors: [], delaysCs: [], speedup: 1 };
  const total = schedule[n - 1] - schedule[0];
  let cursors: number[];
  if (n <= maxFrames) cursors = Array.from({ length: n }, (_, i) => i);
  else {
    cursors = [];
    for (let f = 0; f < maxFrames; f++) {
      const due = schedule[0] + (total * f) / (maxFrames - 1);
      // Last event whose time has come (binary search: the schedule increases).
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if (schedule[m] <= due + 1e-12) lo = m + 1;
        else hi = m;
      }
      const seq = Math.max(0, lo - 1);
      if (cursors[cursors.length - 1] !== seq) cursors.push(seq);
    }
    if (cursors[cursors.length - 1] !== n - 1) cursors.push(n - 1);
  }
  const speedup = total > maxSeconds ? total / maxSeconds : 1;
  const delaysCs: number[] = [];
  // Error diffusion keeps the sum of rounded delays equal to the rounded total.
  let carry = 0;
  for (let i = 0; i < cursors.length - 1; i++) {
    const exact = ((schedule[cursors[i + 1]] - schedule[cursors[i]]) / speedup) * 100 + carry;
    const cs = Math.max(MIN_DELAY_CS, Math.round(exact));
    carry = exact - cs;
    delaysCs.push(cs);
  }
  delaysCs.push(holdCs);
  return { cursors, delaysCs, speedup };
}
