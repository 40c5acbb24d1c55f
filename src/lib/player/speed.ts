/** Playback speeds: 0.25× to 8×, each step doubling. Every speed in the player is one of these. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];
export const DEFAULT_SPEED: Speed = 1;

/** The allowed speed nearest to `x` on a log scale (2.9 → 2, 3 → 4); non-positive or non-finite → the default. */
export function snapSpeed(x: number): Speed {
  if (!Number.isFinite(x) || x <= 0) return DEFAULT_SPEED;
  const k = Math.round(Math.log2(x) + 2); // 0.25 is index 0
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, k))];
}

/** One step faster (dir 1) or slower (-1), staying within the range. */
export function stepSpeed(speed: number, dir: 1 | -1): Speed {
  const i = SPEEDS.indexOf(snapSpeed(speed));
  return SPEEDS[Math.min(SPEEDS.length - 1, Math.max(0, i + dir))];
}
