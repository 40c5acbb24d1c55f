/**
 * The BroadcastChannel protocol between the main (audience) window and the presenter window. The main window owns
 * the playback and is the only one that moves the cursor: the presenter window asks (`step`, `goto`) and shows what
 * the main window announces (`state`): where it is, what the next click shows, the next deck item, the note. Messages carry a session id so two talks in two tabs do not cross. Incoming
 * messages are validated; anything else is ignored.
 */
import { GRANULARITIES, type Granularity } from './steps';

export const CHANNEL_NAME = 'aioscope-presenter';

export interface PresenterState {
  type: 'state';
  session: string;
  scenario: string;
  title: string;
  cursor: number;
  total: number;
  t: number;
  playing: boolean;
  blank: boolean;
  granularity: Granularity;
  /** The caption showing (null without one), the sentence for the cursor's event, the step's name if authored. */
  caption: string | null;
  sentence: string;
  stepName: string | null;
  /** What the next click shows: its caption, step name or sentence; null at the end of the item. */
  next: string | null;
  /** The next item of the deck ("next: <title>"), null when this is the last item or there is no deck. */
  nextItem: string | null;
  /** This is the deck's last item (or there is no deck): past the end nothing opens. */
  deckEnd: boolean;
  note: string | null;
  deck: string[];
  /** Index in `deck` of the item on screen, or -1. */
  item: number;
  /** The embed URL (path, query, fragment) of the item on screen, for the presenter window's live preview. */
  preview: string;
}

export type PresenterRequest =
  | { type: 'hello'; session: string }
  | { type: 'step'; session: string; dir: 1 | -1 }
  | { type: 'blank'; session: string }
  | { type: 'toggle'; session: string }
  | { type: 'granularity'; session: string; value: Granularity };

function obj(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

export function parseRequest(data: unknown, session: string): PresenterRequest | null {
  const m = obj(data);
  if (!m || m.session !== session) return null;
  if (m.type === 'hello' || m.type === 'blank' || m.type === 'toggle') return { type: m.type, session };
  if (m.type === 'step' && (m.dir === 1 || m.dir === -1)) return { type: 'step', session, dir: m.dir };
  if (m.type === 'granularity' && GRANULARITIES.includes(m.value as Granularity))
    return { type: 'granularity', session, value: m.value as Granularity };
  return null;
}

const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';

export function parseState(data: unknown, session: string): PresenterState | null {
  const m = obj(data);
  if (!m || m.type !== 'state' || m.session !== session) return null;
  const ok =
    str(m.scenario) &&
    str(m.title) &&
    Number.isInteger(m.cursor) &&
    Number.isInteger(m.total) &&
    typeof m.t === 'number' &&
    typeof m.playing === 'boolean' &&
    typeof m.blank === 'boolean' &&
    GRANULARITIES.includes(m.granularity as Granularity) &&
    strOrNull(m.caption) &&
    str(m.sentence) &&
    strOrNull(m.stepName) &&
    strOrNull(m.next) &&
    strOrNull(m.nextItem) &&
    typeof m.deckEnd === 'boolean' &&
    strOrNull(m.note) &&
    Array.isArray(m.deck) &&
    m.deck.every(str) &&
    Number.isInteger(m.item) &&
    str(m.preview);
  return ok ? (m as unknown as PresenterState) : null;
}

/** A fresh session id (not a secret: it only keeps two talks apart). */
export function newSession(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
