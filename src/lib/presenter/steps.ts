import { activeCaption, captionForEvent, type CaptionEvent } from '../scenario-meta/captions';
import type { Caption } from '../scenario-meta/types';
import { captionStops } from './stops';

/**
 * Where the clicker stops, at three granularities the speaker picks in the presenter window:
 *
 * - `captions`: one stop per caption change (stops.ts), the coarsest story;
 * - `steps` (the default): the author's `# step:` marks when the scenario has any, else the meaningful moments of
 *   the trace: a task starts, awaits, wakes or finishes, a print, a timer fires, the run shuts down;
 * - `events`: every event.
 *
 * Every granularity stops at the first and the last event, so a deck can step from one item to the next.
 * Pure functions of the trace and the scenario's metadata; the UI only asks.
 */
export type Granularity = 'captions' | 'steps' | 'events';
export const GRANULARITIES: readonly Granularity[] = ['captions', 'steps', 'events'];

/** The part of a trace event the steps look at (structurally a trace v1 event). */
export interface StepEvent extends CaptionEvent {
  task?: string | null;
}

function withEnds(inner: Iterable<number>, total: number): number[] {
  const last = total - 1;
  if (last < 0) return [0];
  const out = [0];
  for (const s of inner) if (s > out[out.length - 1]! && s < last) out.push(s);
  if (out[out.length - 1] !== last) out.push(last);
  return out;
}

/**
 * The meaningful moments: a task's first resume (it starts), each suspend (it awaits), each later resume (it
 * wakes), its end, a print, a timer firing. After `run.shutdown` asyncio.run only tears down its helper tasks:
 * that is one stop, not a dozen.
 */
export function defaultSteps(events: readonly StepEvent[]): number[] {
  const inner: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (e.kind === 'run.shutdown') {
      inner.push(i);
      break;
    }
    if (
      e.kind === 'task.resume' ||
      e.kind === 'task.suspend' ||
      e.kind === 'task.done' ||
      e.kind === 'print' ||
      e.kind === 'timer.fire'
    )
      inner.push(i);
  }
  return withEnds(inner, events.length);
}

/**
 * The author's steps: every arrival on a marked line (an event the step matches, as a caption would, whose
 * predecessor the same step did not match), so a step inside a loop stops on each turn.
 */
export function authoredSteps(steps: readonly Caption[], events: readonly CaptionEvent[]): number[] {
  const inner: number[] = [];
  let previous: Caption | null = null;
  for (let i = 0; i < events.length; i++) {
    const s = captionForEvent(steps, events[i]!);
    if (s !== null && s !== previous) inner.push(i);
    previous = s;
  }
  return withEnds(inner, events.length);
}

export interface StepSources {
  events: readonly StepEvent[];
  captions: readonly Caption[];
  steps?: readonly Caption[];
}

/** The stops at a granularity; null means every event (clickTarget's convention). */
export function stopsFor(granularity: Granularity, src: StepSources): number[] | null {
  if (granularity === 'events') return null;
  if (granularity === 'captions')
    return src.captions.length > 0 ? captionStops(src.captions, src.events) : defaultSteps(src.events);
  return src.steps && src.steps.length > 0 ? authoredSteps(src.steps, src.events) : defaultSteps(src.events);
}

/** The author's name for the step an event starts (null: unnamed, or not an authored stop). */
export function stepLabel(steps: readonly Caption[] | undefined, events: readonly CaptionEvent[], seq: number) {
  const e = events[seq];
  if (!steps || !e) return null;
  const s = captionForEvent(steps, e);
  return s && s.text.en !== '' ? s.text : null;
}

/** The speaker note in force at the cursor: the latest note whose line the trace has reached. */
export function noteAt(notes: readonly Caption[] | undefined, events: readonly CaptionEvent[], seq: number) {
  return notes && notes.length > 0 ? (activeCaption(notes, events, seq)?.text ?? null) : null;
}

/** `?steps=` in the URL: a granularity, or null for the default. */
export function parseGranularity(raw: string | null): Granularity | null {
  return GRANULARITIES.includes(raw as Granularity) ? (raw as Granularity) : null;
}
