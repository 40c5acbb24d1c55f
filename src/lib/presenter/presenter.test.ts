import { describe, expect, it } from 'vitest';
import type { Caption } from '../scenario-meta';
import { parseRequest, parseState } from './channel';
import {
  addToDeck,
  AT_END,
  deckHref,
  deckItemName,
  formatDeck,
  moveInDeck,
  parseDeck,
  playItemFromLink,
  readPresenterQuery,
  removeFromDeck,
  withPresent
} from './deck';
import { captionStops, clickTarget } from './stops';

const cap = (line: number, on?: string): Caption => ({ line, on, text: { en: `line ${line}` } }) as Caption;
const ev = (line: number, kind = 'task.step') => ({ line, kind });

describe('caption stops', () => {
  it('stops at the start, where the caption changes, and at the end', () => {
    const events = [ev(1), ev(3), ev(3), ev(5), ev(3), ev(9)];
    const stops = captionStops([cap(3), cap(5)], events);
    expect(stops).toEqual([0, 1, 3, 4, 5]);
  });

  it('steps between stops and reports the edges', () => {
    const stops = [0, 4, 9];
    expect(clickTarget(0, 10, stops, 1)).toEqual({ seq: 4 });
    expect(clickTarget(5, 10, stops, 1)).toEqual({ seq: 9 });
    expect(clickTarget(9, 10, stops, 1)).toEqual({ edge: 1 });
    expect(clickTarget(5, 10, stops, -1)).toEqual({ seq: 4 });
    expect(clickTarget(4, 10, stops, -1)).toEqual({ seq: 0 });
    expect(clickTarget(0, 10, stops, -1)).toEqual({ edge: -1 });
  });

  it('without captions every event is a stop', () => {
    expect(clickTarget(3, 10, null, 1)).toEqual({ seq: 4 });
    expect(clickTarget(9, 10, null, 1)).toEqual({ edge: 1 });
    expect(clickTarget(0, 10, null, -1)).toEqual({ edge: -1 });
  });
});

describe('deck', () => {
  const paths = { scenario: (id: string) => `/s/${id}`, play: '/play' };
  it('reads scenario and playground items with start moments, dropping malformed ones', () => {
    expect(parseDeck('c, a@12,../x,play:v1.AbC_-9@3,play:nope,b@x', null)).toEqual([
      { kind: 'scenario', id: 'c' },
      { kind: 'scenario', id: 'a', start: 12 },
      { kind: 'play', payload: 'v1.AbC_-9', start: 3 }
    ]);
    expect(parseDeck('c,a,zz', ['a', 'c'])).toEqual([
      { kind: 'scenario', id: 'c' },
      { kind: 'scenario', id: 'a' }
    ]);
    expect(parseDeck(null)).toEqual([]);
  });

  it('serializes back to the same text', () => {
    const text = 'say_after_sequential,say_after@12,play:v1.xyz@3';
    expect(formatDeck(parseDeck(text))).toBe(text);
    expect(playItemFromLink('https://aioscope.example/play#v1.Q2_x')).toEqual({ kind: 'play', payload: 'v1.Q2_x' });
    expect(playItemFromLink('https://aioscope.example/s/x')).toBeNull();
  });

  it('finds the item on screen and keeps the session in the URL', () => {
    const q = readPresenterQuery('?deck=a,b,a&item=2&present=abc123&cursor=3', 'a');
    expect(q.item).toBe(2);
    expect(q.session).toBe('abc123');
    // An item= that does not show this page: the first item that does.
    expect(readPresenterQuery('?deck=a,b,a&item=1', 'a').item).toBe(0);
    expect(readPresenterQuery('?deck=a,play:v1.x', 'play').item).toBe(1);
    expect(readPresenterQuery('?deck=a,b', 'z').item).toBeNull();
    expect(readPresenterQuery('?present=<script>').session).toBeNull();
    expect(withPresent('?cursor=3', 'abc123')).toBe('?cursor=3&present=abc123');
    expect(withPresent('?present=abc123', null)).toBe('');
  });

  it('builds the link to the next and previous items', () => {
    const deck = parseDeck('a,b@7,play:v1.zz');
    const move = { session: 'abc123', steps: 'events' };
    expect(deckHref(deck, 1, 1, move, paths)).toBe(
      '/s/b?cursor=7&deck=a%2Cb%407%2Cplay%3Av1.zz&item=1&present=abc123&steps=events'
    );
    expect(deckHref(deck, 0, -1, { session: null, steps: null }, paths)).toBe(
      `/s/a?cursor=${AT_END}&deck=a%2Cb%407%2Cplay%3Av1.zz&item=0`
    );
    expect(deckHref(deck, 2, 1, { session: null, steps: null }, paths)).toBe(
      '/play?deck=a%2Cb%407%2Cplay%3Av1.zz&item=2#v1.zz'
    );
    expect(deckHref(deck, 3, 1, move, paths)).toBeNull();
    expect(deckHref(deck, -1, -1, move, paths)).toBeNull();
  });

  it('is edited by the gallery', () => {
    const a = { kind: 'scenario', id: 'a' } as const;
    const b = { kind: 'scenario', id: 'b' } as const;
    expect(addToDeck([a], b)).toEqual([a, b]);
    expect(moveInDeck([a, b], 1, -1)).toEqual([b, a]);
    expect(moveInDeck([a, b], 1, 1)).toEqual([a, b]);
    expect(removeFromDeck([a, b], 0)).toEqual([b]);
    expect(deckItemName(a, (id) => (id === 'a' ? 'Title A' : null))).toBe('Title A');
    expect(deckItemName({ kind: 'play', payload: 'v1.abcdefgh' })).toBe('playground abcdef…');
  });
});

describe('presenter channel', () => {
  it('accepts only well-formed messages of its own session', () => {
    expect(parseRequest({ type: 'step', session: 's', dir: -1 }, 's')).toEqual({ type: 'step', session: 's', dir: -1 });
    expect(parseRequest({ type: 'step', session: 's', dir: 2 }, 's')).toBeNull();
    expect(parseRequest({ type: 'step', session: 'other', dir: 1 }, 's')).toBeNull();
    expect(parseRequest('step', 's')).toBeNull();
    expect(parseState({ type: 'state', session: 's' }, 's')).toBeNull();
  });
});
