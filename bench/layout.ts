import { buildTimeline } from '../src/lib/timeline/build';
import { syntheticTrace } from './synthetic';
import type { Timeline } from '../src/lib/timeline/types';

/**
 * For bench/layout.mjs: lay out a synthetic trace of about `n` events and report how long `buildTimeline` took on the
 * injected clock (the script passes performance.now; this module never reads the wall clock) and how many bytes
 * the timeline's columns hold. Generating the trace is not timed.
 */
export function layoutBenchmark(
  n: number,
  clockMs: () => number
): { events: number; spans: number; ms: number; bytes: number } {
  const events = syntheticTrace(n);
  const t0 = clockMs();
  const timeline = buildTimeline(events);
  const ms = clockMs() - t0;
  return { events: events.length, spans: timeline.spans.count, ms, bytes: timelineBytes(timeline) };
}

/** Bytes in the timeline's typed arrays plus a rough 2 bytes per label character (lanes are not counted). */
export function timelineBytes(timeline: Timeline): number {
  let bytes = 0;
  for (const group of [timeline.spans, timeline.blocks, timeline.arrows, timeline.prints]) {
    for (const value of Object.values(group)) if (ArrayBuffer.isView(value)) bytes += value.byteLength;
  }
  for (const s of timeline.strings) bytes += 2 * s.length;
  return bytes;
}
