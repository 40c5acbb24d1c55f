import { formatKnobValue, parseKnobValue, type Knob, type KnobValue } from '../scenario-meta';
import type { TraceEvent } from '../trace/events';

/** What a page gives the knobs for simulating in the browser: `simulate` from $lib/simulate, loaded on first use. */
export type Simulate = (source: string, options: { file: string }) => { events: TraceEvent[] };

/**
 * Knob values in the URL: `?k.DELAY=1.5&k.USE_LOCK=false`. Only values that differ from the default are written, so
 * a link without `k.` parameters is the scenario as written. Reading is lenient (URLs are user input): an unknown
 * knob or an invalid value is dropped, so that knob keeps its default.
 */
export const KNOB_PREFIX = 'k.';

/** The player's own URL parameters (player/url-state.ts); everything else in the query belongs to someone else. */
const PLAYER_PARAMS = ['scenario', 'cursor', 'speed', 'pacing'];

export function defaultKnobValues(knobs: readonly Knob[]): Record<string, KnobValue> {
  return Object.fromEntries(knobs.map((k) => [k.name, k.default]));
}

/** Valid, non-default knob values from a query string. */
export function readKnobParams(knobs: readonly Knob[], search: string): Record<string, KnobValue> {
  const params = new URLSearchParams(search);
  const out: Record<string, KnobValue> = {};
  for (const knob of knobs) {
    const text = params.get(KNOB_PREFIX + knob.name);
    if (text === null) continue;
    const value = parseKnobValue(knob, text);
    if (value !== null && value !== knob.default) out[knob.name] = value;
  }
  return out;
}

/** The query with its `k.` parameters replaced by `values` (defaults left out); other parameters are kept. */
export function writeKnobParams(search: string, knobs: readonly Knob[], values: Record<string, KnobValue>): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(KNOB_PREFIX)) params.delete(key);
  for (const knob of knobs) {
    const value = values[knob.name];
    if (value !== undefined && value !== knob.default)
      params.set(KNOB_PREFIX + knob.name, formatKnobValue(knob, value));
  }
  return params.toString();
}

/**
 * The query after the player reports its moment (`playerQuery`: cursor, speed, pacing): the player's parameters are
 * replaced, every other one (`lang`, `k.*`, ...) is kept.
 */
export function mergePlayerQuery(search: string, playerQuery: string): string {
  const params = new URLSearchParams(search);
  for (const key of PLAYER_PARAMS) params.delete(key);
  for (const [key, value] of new URLSearchParams(playerQuery)) params.set(key, value);
  return params.toString();
}

/** The cursor's place in a re-run trace (kept by the player's LOAD event; see player/relative-place.ts). */
export { sameRelativePlace } from './';

/** The query with its `cursor` parameter set (left out at 0, the default), every other parameter kept. */
export function withCursor(search: string, cursor: number): string {
  const params = new URLSearchParams(search);
  if (cursor > 0) params.set('cursor', String(cursor));
  else params.delete('cursor');
  return params.toString();
}
