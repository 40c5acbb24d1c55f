import type { Pacing } from '../timeline';
import { DEFAULT_SPEED, snapSpeed } from './speed';

/**
 * The part of the player that lives in the URL, so a reload or a shared link brings back the exact moment:
 * `?scenario=say_after&cursor=25&speed=2&pacing=compressed`. Decoding validates and clamps every value and falls
 * back to the default for anything malformed; it never throws (URLs are user input).
 */
export interface PlayerUrlState {
  /** Scenario id (a `scenarios/<id>.py` file name without `.py`), null when absent or invalid. */
  scenario: string | null;
  cursor: number;
  speed: number;
  pacing: Pacing;
  /** "show asyncio internals": asyncio.run's own tasks and callbacks are shown (`internals=1`; hidden by default). */
  internals?: boolean;
}

export const URL_DEFAULTS: PlayerUrlState = {
  scenario: null,
  cursor: 0,
  speed: DEFAULT_SPEED,
  pacing: 'virtual',
  internals: false
};

export interface DecodeOptions {
  /** Events in the trace: the cursor is clamped to total - 1. */
  total?: number;
  /** Known scenario ids: any other id decodes to null. */
  scenarios?: readonly string[];
}

const SCENARIO_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
const CURSOR = /^\d{1,15}$/;
const SPEED = /^\d{0,6}(\.\d{1,6})?$/;

/** State → query parameters; defaults are left out so links stay short. */
export function encodePlayerUrl(state: PlayerUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.scenario !== null && SCENARIO_ID.test(state.scenario)) params.set('scenario', state.scenario);
  const cursor = Math.floor(state.cursor);
  if (Number.isFinite(cursor) && cursor > 0) params.set('cursor', String(cursor));
  const speed = snapSpeed(state.speed);
  if (speed !== URL_DEFAULTS.speed) params.set('speed', String(speed));
  if (state.pacing !== URL_DEFAULTS.pacing && state.pacing === 'compressed') params.set('pacing', state.pacing);
  if (state.internals === true) params.set('internals', '1');
  return params;
}

/** Query parameters (or a query string) → state, validated and clamped. */
export function decodePlayerUrl(input: URLSearchParams | string, options: DecodeOptions = {}): PlayerUrlState {
  let params: URLSearchParams;
  try {
    params = typeof input === 'string' ? new URLSearchParams(input) : input;
  } catch {
    return { ...URL_DEFAULTS };
  }
  return {
    scenario: decodeScenario(params.get('scenario'), options.scenarios),
    cursor: decodeCursor(params.get('cursor'), options.total),
    speed: decodeSpeed(params.get('speed')),
    pacing: params.get('pacing') === 'compressed' ? 'compressed' : 'virtual',
    internals: params.get('internals') === '1'
  };
}

function decodeScenario(raw: string | null, known: readonly string[] | undefined): string | null {
  if (raw === null || !SCENARIO_ID.test(raw)) return null;
  return known === undefined || known.includes(raw) ? raw : null;
}

function decodeCursor(raw: string | null, total: number | undefined): number {
  if (raw === null || !CURSOR.test(raw.trim())) return URL_DEFAULTS.cursor;
  const cursor = Number(raw.trim());
  if (total === undefined) return cursor;
  return Math.max(0, Math.min(cursor, total - 1));
}

function decodeSpeed(raw: string | null): number {
  const text = raw?.trim() ?? '';
  if (text === '' || text === '.' || !SPEED.test(text)) return URL_DEFAULTS.speed;
  return snapSpeed(Number(text));
}
