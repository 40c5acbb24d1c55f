/**
 * Which caption narrates a point of the trace: the caption of the latest event, at or before the cursor, that
 * matches one. An event matches the captions on its line: one keyed to its kind (`caption@task.resume`) wins over
 * the line's plain caption.
 */
import type { Caption } from './types';

/** The part of a trace event captions look at (structurally a trace v1 event). */
export interface CaptionEvent {
  kind: string;
  line: number | null;
}

/** The caption an event triggers, or null. */
export function captionForEvent(captions: readonly Caption[], event: CaptionEvent): Caption | null {
  if (event.line === null) return null;
  let plain: Caption | null = null;
  for (const c of captions) {
    if (c.line !== event.line) continue;
    if (c.on === event.kind) return c;
    if (c.on === undefined && plain === null) plain = c;
  }
  return plain;
}

/** The caption showing when the cursor is on events[index] (null before the first captioned event). */
export function activeCaption(
  captions: readonly Caption[],
  events: readonly CaptionEvent[],
  index: number
): Caption | null {
  if (captions.length === 0) return null;
  for (let i = Math.min(index, events.length - 1); i >= 0; i--) {
    const c = captionForEvent(captions, events[i]!);
    if (c) return c;
  }
  return null;
}
