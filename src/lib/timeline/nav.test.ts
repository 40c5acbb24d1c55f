import { describe, expect, it } from 'vitest';
import { SAY_AFTER } from '../../../tests/fixtures/timeline/say-after';
import { buildNavIndex, stepTarget } from './nav';

describe('navigation', () => {
  const nav = buildNavIndex(SAY_AFTER);

  it('indexes loop iterations and prints', () => {
    expect([...nav.ticks]).toEqual([3, 12, 20, 23, 28, 32, 35, 40]);
    expect([...nav.prints]).toEqual([5, 10, 25, 37, 42]);
    expect(nav.total).toBe(46);
  });

  it('steps by event within the trace', () => {
    expect(stepTarget(nav, 10, 'event', 1)).toBe(11);
    expect(stepTarget(nav, 10, 'event', -1)).toBe(9);
    expect(stepTarget(nav, 0, 'event', -1)).toBeNull();
    expect(stepTarget(nav, 45, 'event', 1)).toBeNull();
  });

  it('steps to the next / previous iteration start', () => {
    expect(stepTarget(nav, 0, 'iteration', 1)).toBe(3);
    expect(stepTarget(nav, 3, 'iteration', 1)).toBe(12);
    expect(stepTarget(nav, 15, 'iteration', -1)).toBe(12); // back to the start of the current iteration
    expect(stepTarget(nav, 12, 'iteration', -1)).toBe(3);
    expect(stepTarget(nav, 3, 'iteration', -1)).toBeNull();
    expect(stepTarget(nav, 40, 'iteration', 1)).toBeNull();
  });

  it('steps to the next / previous print', () => {
    expect(stepTarget(nav, 10, 'print', 1)).toBe(25);
    expect(stepTarget(nav, 25, 'print', -1)).toBe(10);
    expect(stepTarget(nav, 42, 'print', 1)).toBeNull();
  });

  it('handles an empty trace', () => {
    expect(stepTarget(buildNavIndex([]), 0, 'event', 1)).toBeNull();
  });
});
