/**
 * The BroadcastChannel protocol between the main (audience) window and the presenter window. The main window owns
 * the playback and is the only one that moves the cursor: the presenter window asks (`step`, `goto`) and shows what
 * the main window announces (`state`). Messages carry a session id so two talks in two tabs do not cross. Incoming
 * messages are validated; anything else is ignored.
 */
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
  caption: string | null;
  nextCaption: string | null;
  /** Clicks left until the next caption (null without captions). */
  nextCaptionIn: number | null;
  sentence: string;
  nextSentence: string;
  deck: string[];
}

export type PresenterRequest =
  | { type: 'hello'; session: string }
  | { type: 'step'; session: string; dir: 1 | -1 }
  | { type: 'blank'; session: string }
  | { type: 'toggle'; session: string };

function obj(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

export function parseRequest(data: unknown, session: string): PresenterRequest | null {
  const m = obj(data);
  if (!m || m.session !== session) return null;
  if (m.type === 'hello' || m.type === 'blank' || m.type === 'toggle') return { type: m.type, session };
  if (m.type === 'step' && (m.dir === 1 || m.dir === -1)) return { type: 'step', session, dir: m.dir };
  return null;
}

export function parseState(data: unknown, session: string): PresenterState | null {
  const m = obj(data);
  if (!m || m.type !== 'state' || m.session !== session) return null;
  const ok =
    typeof m.scenario === 'string' &&
    typeof m.title === 'string' &&
    Number.isInteger(m.cursor) &&
    Number.isInteger(m.total) &&
    typeof m.t === 'number' &&
    typeof m.playing === 'boolean' &&
    typeof m.blank === 'boolean' &&
    (m.caption === null || typeof m.caption === 'string') &&
    (m.nextCaption === null || typeof m.nextCaption === 'string') &&
    (m.nextCaptionIn === null || Number.isInteger(m.nextCaptionIn)) &&
    typeof m.sentence === 'string' &&
    typeof m.nextSentence === 'string' &&
    Array.isArray(m.deck) &&
    m.deck.every((d) => typeof d === 'string');
  return ok ? (m as unknown as PresenterState) : null;
}

/** A fresh session id (not a secret: it only keeps two talks apart). */
export function newSession(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
