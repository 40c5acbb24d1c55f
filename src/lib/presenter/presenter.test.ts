import { describe, expect, it } from 'vitest';
import type { Caption } from '../scenario-meta';
import { parseRequest, parseState } from './channel';
import { deckNeighbour, deckQuery, parseDeck, readPresenterQuery, withPresent } from './deck';
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
  const known = ['a', 'b', 'c'];
  it('keeps known ids in order and finds neighbours', () => {
    expect(parseDeck('c, a,../x,zz,b', known)).toEqual(['c', 'a', 'b']);
    expect(parseDeck(null, known)).toEqual([]);
    expect(deckNeighbour(['c', 'a', 'b'], 'a', 1)).toBe('b');
    expect(deckNeighbour(['c', 'a', 'b'], 'a', -1)).toBe('c');
    expect(deckNeighbour(['c', 'a', 'b'], 'b', 1)).toBeNull();
    expect(deckNeighbour(['c', 'a', 'b'], 'z', 1)).toBeNull();
  });

  it('keeps the deck and the presenting session in the URL', () => {
    expect(readPresenterQuery('?deck=a,b&present=abc123&cursor=3')).toEqual({ deck: ['a', 'b'], session: 'abc123' });
    expect(readPresenterQuery('?present=<script>').session).toBeNull();
    expect(deckQuery(['a', 'b'], 'abc123', 1)).toBe('deck=a%2Cb&present=abc123');
    expect(deckQuery(['a', 'b'], null, -1)).toBe('cursor=999999999&deck=a%2Cb');
    expect(withPresent('?cursor=3', 'abc123')).toBe('?cursor=3&present=abc123');
    expect(withPresent('?present=abc123', null)).toBe('');
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
