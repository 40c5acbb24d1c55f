import { captionForEvent, type CaptionEvent } from '../scenario-meta/captions';
import type { Caption } from '../scenario-meta/types';

/**
 * Where a clicker press goes. With captions, the stops are the start, every event where the showing caption
 * changes, and the last event: one press, one idea. Without captions every event is a stop. Stepping past either
 * end reports the edge, so a deck can move to the neighbouring scenario.
 */
export function captionStops(captions: readonly Caption[], events: readonly CaptionEvent[]): number[] {
  const last = events.length - 1;
  if (last < 0) return [0];
  const stops = [0];
  let showing: Caption | null = null;
  for (let i = 0; i < events.length; i++) {
    const c = captionForEvent(captions, events[i]!);
    if (c !== null && c !== showing) {
      showing = c;
      if (stops[stops.length - 1] !== i) stops.push(i);
    }
  }
  if (stops[stops.length - 1] !== last) stops.push(last);
  return stops;
}

export type ClickTarget = { seq: number } | { edge: 1 | -1 };

/** The cursor after one press in direction `dir`; `stops` null means "every event". */
export function clickTarget(cursor: number, total: number, stops: readonly number[] | null, dir: 1 | -1): ClickTarget {
  const last = Math.max(0, total - 1);
  if (stops === null) {
    const seq = cursor + dir;
    return seq < 0 || seq > last ? { edge: dir } : { seq };
  }
  if (dir === 1) {
    const next = stops.find((s) => s > cursor);
    return next === undefined ? { edge: 1 } : { seq: next };
  }
  for (let i = stops.length - 1; i >= 0; i--) if (stops[i]! < cursor) return { seq: stops[i]! };
  return { edge: -1 };
}
