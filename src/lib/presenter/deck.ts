/**
 * A talk deck, kept in the URL: `?deck=say_after_sequential,say_after@12,play:v1.<payload>@3&item=1`.
 *
 * - An item is a scenario id or `play:` + a playground share payload (the part after `#` of a share link, `v1.…`),
 *   optionally followed by `@<seq>`: the event it opens at.
 * - `item=` is the position of the item on screen (a deck may hold the same scenario twice); without it, the first
 *   item showing this page's scenario.
 * - `present=<session>` keeps presenter mode on (and the presenter window's channel) across the moves.
 *
 * Malformed items are dropped, never an error: a deck is user input. Pure functions, no DOM.
 */
export type DeckItem =
  { kind: 'scenario'; id: string; start?: number } | { kind: 'play'; payload: string; start?: number };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;
/** A share payload as share.ts writes it: `v<digits>.` then base64url (no `,` or `@`, so items split cleanly). */
const PAYLOAD = /^v\d{1,3}\.[A-Za-z0-9_-]{1,90000}$/;
const SEQ = /^\d{1,9}$/;
/** Past the last event: the player clamps it to the end (stepping back into the previous item). */
export const AT_END = 999_999_999;

export function parseDeckItem(raw: string, known: readonly string[] | null = null): DeckItem | null {
  const text = raw.trim();
  const at = text.lastIndexOf('@');
  const body = at >= 0 ? text.slice(0, at) : text;
  const seq = at >= 0 ? text.slice(at + 1) : null;
  if (seq !== null && !SEQ.test(seq)) return null;
  const start = seq !== null ? { start: Number(seq) } : {};
  if (body.startsWith('play:')) {
    const payload = body.slice(5);
    return PAYLOAD.test(payload) ? { kind: 'play', payload, ...start } : null;
  }
  if (!ID.test(body) || (known !== null && !known.includes(body))) return null;
  return { kind: 'scenario', id: body, ...start };
}

/** `known` null: check the ids' syntax only (the page then 404s on an id that does not exist). */
export function parseDeck(raw: string | null, known: readonly string[] | null = null): DeckItem[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => parseDeckItem(s, known))
    .filter((d): d is DeckItem => d !== null);
}

export function formatDeckItem(item: DeckItem): string {
  const body = item.kind === 'play' ? `play:${item.payload}` : item.id;
  return item.start !== undefined && item.start > 0 ? `${body}@${Math.floor(item.start)}` : body;
}

export function formatDeck(items: readonly DeckItem[]): string {
  return items.map(formatDeckItem).join(',');
}

/** A playground share link (`…/play#v1.…`) or a bare payload as a deck item; null if it is neither. */
export function playItemFromLink(link: string, start?: number): DeckItem | null {
  const hash = link.includes('#') ? link.slice(link.indexOf('#') + 1) : link;
  return PAYLOAD.test(hash) ? { kind: 'play', payload: hash, ...(start ? { start } : {}) } : null;
}

export interface PresenterQuery {
  deck: DeckItem[];
  /** Index of the item on screen, or null when the page is not one of the deck's items. */
  item: number | null;
  session: string | null;
  /** `steps=`: the granularity the speaker chose (null: the default). */
  steps: string | null;
}

/**
 * Reads presenter mode's part of the URL. `here` is what the page shows (a scenario id, or `play` for a playground
 * program); an `item=` that does not show it is ignored and the first matching item is taken instead.
 */
export function readPresenterQuery(search: string, here: string | null = null): PresenterQuery {
  const q = new URLSearchParams(search);
  const session = q.get('present');
  const deck = parseDeck(q.get('deck'));
  const shows = (d: DeckItem | undefined) =>
    d !== undefined && (here === null || (d.kind === 'play' ? here === 'play' : d.id === here));
  const raw = q.get('item');
  let item: number | null = raw !== null && SEQ.test(raw) && shows(deck[Number(raw)]) ? Number(raw) : null;
  if (item === null) {
    const i = deck.findIndex((d) => shows(d));
    item = i >= 0 ? i : null;
  }
  return {
    deck,
    item,
    session: session && /^[0-9a-f]{6,32}$/.test(session) ? session : null,
    steps: q.get('steps')
  };
}

/** What a deck move needs to know besides the deck itself. */
export interface DeckMove {
  session: string | null;
  steps: string | null;
}

/**
 * The path + query (+ fragment) that opens item `index` of the deck: forward at its start moment, backwards
 * (`dir` -1) at its end. `paths` maps to the site's routes (resolve()d by the caller).
 */
export function deckHref(
  deck: readonly DeckItem[],
  index: number,
  dir: 1 | -1,
  move: DeckMove,
  paths: { scenario: (id: string) => string; play: string }
): string | null {
  const item = deck[index];
  if (!item) return null;
  const q = new URLSearchParams();
  const cursor = dir === -1 ? AT_END : (item.start ?? 0);
  if (cursor > 0) q.set('cursor', String(cursor));
  q.set('deck', formatDeck(deck));
  q.set('item', String(index));
  if (move.session) q.set('present', move.session);
  if (move.steps) q.set('steps', move.steps);
  if (item.kind === 'scenario') return `${paths.scenario(item.id)}?${q}`;
  return `${paths.play}?${q}#${item.payload}`;
}

/** `search` with `present=` set to the session (and `steps=` to a granularity), or removed when null. */
export function withPresent(search: string, session: string | null, steps: string | null = null): string {
  const q = new URLSearchParams(search);
  if (session) q.set('present', session);
  else q.delete('present');
  if (steps) q.set('steps', steps);
  else q.delete('steps');
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** A short name for an item in the presenter window's deck list. */
export function deckItemName(item: DeckItem, titleOf: (id: string) => string | null = () => null): string {
  if (item.kind === 'play') return `playground ${item.payload.slice(3, 9)}…`;
  return titleOf(item.id) ?? item.id;
}

/** The gallery's "add to deck": a scenario appended (a second copy is allowed: talks revisit programs). */
export function addToDeck(deck: readonly DeckItem[], item: DeckItem): DeckItem[] {
  return [...deck, item];
}

export function removeFromDeck(deck: readonly DeckItem[], index: number): DeckItem[] {
  return deck.filter((_, i) => i !== index);
}

export function moveInDeck(deck: readonly DeckItem[], index: number, by: -1 | 1): DeckItem[] {
  const to = index + by;
  if (index < 0 || index >= deck.length || to < 0 || to >= deck.length) return [...deck];
  const out = [...deck];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}
