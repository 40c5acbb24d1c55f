import { describe, expect, it } from 'vitest';
import { followShift, scrollToShow, visibleLanes } from './timeline-props';

describe('vertical culling', () => {
  // 28 px axis, 30 px rows, a 628 px viewport: 20 rows fit below the axis.
  it('finds the rows in the viewport, partly visible ones included', () => {
    expect(visibleLanes(0, 628, 28, 30, 1000)).toEqual([0, 19]);
    expect(visibleLanes(15, 628, 28, 30, 1000)).toEqual([0, 20]);
    expect(visibleLanes(900 * 30, 628, 28, 30, 1000)).toEqual([900, 919]);
  });

  it('clamps to the lanes there are', () => {
    expect(visibleLanes(999 * 30, 628, 28, 30, 1000)).toEqual([999, 999]);
    expect(visibleLanes(0, 628, 28, 30, 5)).toEqual([0, 4]);
    expect(visibleLanes(0, 628, 28, 30, 0)).toEqual([0, -1]);
    expect(visibleLanes(-50, 10, 28, 30, 3)).toEqual([0, 0]);
  });

  it('scrolls just enough to show a lane', () => {
    expect(scrollToShow(0, 628, 28, 30, 5)).toBe(0);
    expect(scrollToShow(0, 628, 28, 30, 20)).toBe(21 * 30 - 600);
    expect(scrollToShow(3000, 628, 28, 30, 50)).toBe(1500);
  });
});

describe('following the playhead', () => {
  it('leaves a visible playhead alone', () => {
    expect(followShift(500, 1000)).toBe(0);
    expect(followShift(24, 1000)).toBe(0);
  });
  it('brings a playhead that ran off the right back near the left, and one stepped off the left near the right', () => {
    expect(followShift(1500, 1000)).toBe(200 - 1500);
    expect(followShift(-300, 1000)).toBe(800 + 300);
  });
  it('does nothing without a width', () => {
    expect(followShift(5, 0)).toBe(0);
  });
});
