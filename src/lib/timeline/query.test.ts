import { describe, expect, it } from 'vitest';
import { buildTimeline } from './build';
import { KITCHEN_SINK } from '../../../tests/fixtures/timeline/kitchen-sink';
import { SAY_AFTER } from '../../../tests/fixtures/timeline/say-after';
import { arrowsInView, arrowsUpTo, blockRange, laneSpanRange, spanLabel, spansInView } from './query';

describe('viewport culling', () => {
  const tl = buildTimeline(SAY_AFTER);
  const task2 = tl.laneByName.get('Task-2')!;

  it('finds the spans of one lane overlapping a window', () => {
    const [from, to] = laneSpanRange(tl.spans, task2, 0.5, 0.6);
    expect(to - from).toBe(1);
    expect(spanLabel(tl, from)).toBe('sleep(1)');
  });

  it('includes instant spans at the window edges', () => {
    const ids = spansInView(tl.spans, task2, task2, 1, 1);
    expect(ids.map((i) => tl.spans.state[i])).toEqual([2, 1, 0]); // waiting ends at 1, ready and running at 1
  });

  it('culls whole lane ranges and clamps lane bounds', () => {
    expect(spansInView(tl.spans, 0, 99, 5, 6)).toEqual([]);
    expect(spansInView(tl.spans, -3, 99, 0, 2)).toHaveLength(tl.spans.count);
    const laneTwoAndThree = spansInView(tl.spans, 2, 3, 1.5, 1.6);
    expect(laneTwoAndThree.map((i) => spanLabel(tl, i))).toEqual(['sleep(2)']);
  });

  it('finds arrows by cursor and by window', () => {
    expect(arrowsUpTo(tl.arrows, 9)).toBe(3);
    expect(arrowsUpTo(tl.arrows, 45)).toBe(7);
    expect(arrowsInView(tl.arrows, 1.2, 1.8)).toEqual([]);
    expect(arrowsInView(tl.arrows, 1, 1)).toEqual([3, 4]);
  });

  it('finds blocking bands in a window', () => {
    const sink = buildTimeline(KITCHEN_SINK);
    expect(blockRange(sink.blocks, 0.2, 0.3)).toEqual([0, 1]);
    expect(blockRange(sink.blocks, 0.6, 3)).toEqual([1, 1]);
  });
});
