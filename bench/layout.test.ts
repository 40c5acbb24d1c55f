import { describe, expect, it } from 'vitest';
import { layoutBenchmark } from './layout';

describe('layoutBenchmark', () => {
  it('times only the layout on the injected clock and reports the columns bytes', () => {
    const readings = [100, 142.5];
    const result = layoutBenchmark(2_000, () => readings.shift() ?? Number.NaN);
    expect(result.ms).toBe(42.5);
    expect(readings).toEqual([]); // the clock was read exactly twice
    expect(result.events).toBeGreaterThanOrEqual(2_000);
    expect(result.spans).toBeGreaterThan(0);
    // at least start/end (f64) + two seqs, lane, label (u32) + state (u8) per span
    expect(result.bytes).toBeGreaterThan(result.spans * 33);
  });
});
