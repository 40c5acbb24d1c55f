import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../trace/events';
import { runOutcome, sameMoment } from './moment';

const at = (times: number[]): TraceEvent[] =>
  times.map((t, seq) => ({ seq, t, line: null, kind: 'loop.tick', iteration: seq, ready: [] }));

describe('the cursor across a re-run keeps its moment in time', () => {
  const before = at([0, 0, 0, 1, 1, 2, 3]);
  it('lands on the same instant, at the same place in its burst', () => {
    const after = at([0, 0, 1, 1, 1, 1, 5]);
    expect(sameMoment(before, 3, after)).toBe(2); // first event at t=1
    expect(sameMoment(before, 4, after)).toBe(3); // second at t=1
    expect(sameMoment(before, 2, after)).toBe(1); // the third at t=0 → the last at t=0
  });
  it('without an event at that instant, the last event before it (the loop waiting)', () => {
    const after = at([0, 0, 1.5, 4]);
    expect(sameMoment(before, 5, after)).toBe(2); // t=2 → the event at 1.5
  });
  it('clamps to the ends', () => {
    expect(sameMoment(before, 6, at([0, 1]))).toBe(1);
    expect(sameMoment(before, 0, at([0.5, 1]))).toBe(0);
    expect(sameMoment(before, 99, at([]))).toBe(0);
  });
  it('is not the same event number', () => {
    const after = at([0, 0, 0, 0, 0, 0, 1, 2, 3]);
    expect(sameMoment(before, 5, after)).toBe(7);
  });
  it('states the outcome at one resolution', () => {
    expect(runOutcome(at([0, 2.4000000000000004]), at([0, 6]))).toEqual({ now: '6.0', was: '2.4' });
    expect(runOutcome(at([0, 2.25]), at([0, 6]))).toEqual({ now: '6.00', was: '2.25' });
  });
});
