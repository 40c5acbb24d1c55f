/**
 * A talk deck: `?deck=say_after_sequential,say_after,gather_fetch` — scenario ids in talk order. Unknown or
 * malformed ids are dropped; a deck that does not contain the current scenario is not a deck for this page.
 */
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/;

/** `known` null: check the id's syntax only (the page then 404s on an id that does not exist). */
export function parseDeck(raw: string | null, known: readonly string[] | null): string[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((id) => ID.test(id) && (known === null || known.includes(id)));
}

/** What presenter mode keeps in the URL: the deck and, while presenting, the channel session (`present=`). */
export function readPresenterQuery(search: string): { deck: string[]; session: string | null } {
  const q = new URLSearchParams(search);
  const session = q.get('present');
  return {
    deck: parseDeck(q.get('deck'), null),
    session: session && /^[0-9a-f]{6,32}$/.test(session) ? session : null
  };
}

/** The query for moving along the deck: backwards lands on the previous scenario's last event (clamped). */
export function deckQuery(deck: readonly string[], session: string | null, dir: 1 | -1): string {
  const q = new URLSearchParams();
  if (dir === -1) q.set('cursor', '999999999');
  q.set('deck', deck.join(','));
  if (session) q.set('present', session);
  return q.toString();
}

/** `search` with `present=` set to the session, or removed when null. */
export function withPresent(search: string, session: string | null): string {
  const q = new URLSearchParams(search);
  if (session) q.set('present', session);
  else q.delete('present');
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** The scenario the deck moves to from `current` in direction `dir`, or null at either end. */
export function deckNeighbour(deck: readonly string[], current: string, dir: 1 | -1): string | null {
  const i = deck.indexOf(current);
  if (i < 0) return null;
  return deck[i + dir] ?? null;
}
