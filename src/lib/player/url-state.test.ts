import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPEEDS } from './speed';
import { decodePlayerUrl, encodePlayerUrl, URL_DEFAULTS } from './url-state';

describe('URL state codec', () => {
  it('encodes only what differs from the defaults', () => {
    expect(encodePlayerUrl({ scenario: 'say_after', cursor: 25, speed: 2, pacing: 'compressed' }).toString()).toBe(
      'scenario=say_after&cursor=25&speed=2&pacing=compressed'
    );
    expect(encodePlayerUrl(URL_DEFAULTS).toString()).toBe('');
    expect(encodePlayerUrl({ scenario: 'x', cursor: 0, speed: 0.25, pacing: 'virtual' }).toString()).toBe(
      'scenario=x&speed=0.25'
    );
  });

  it('decodes what it encodes', () => {
    const state = { scenario: 'gather_fetch', cursor: 17, speed: 0.5, pacing: 'compressed' as const, internals: true };
    expect(decodePlayerUrl(encodePlayerUrl(state))).toEqual(state);
    expect(decodePlayerUrl('?scenario=say_after&cursor=3')).toEqual({
      scenario: 'say_after',
      cursor: 3,
      speed: 1,
      pacing: 'virtual',
      internals: false
    });
    expect(encodePlayerUrl({ ...URL_DEFAULTS, internals: true }).toString()).toBe('internals=1');
  });

  it('clamps the cursor to the trace and snaps the speed', () => {
    expect(decodePlayerUrl('cursor=500', { total: 46 }).cursor).toBe(45);
    expect(decodePlayerUrl('cursor=0', { total: 0 }).cursor).toBe(0);
    expect(decodePlayerUrl('speed=3').speed).toBe(4);
    expect(decodePlayerUrl('speed=100').speed).toBe(8);
    expect(decodePlayerUrl('speed=0.01').speed).toBe(0.25);
  });

  it('falls back to defaults for malformed values', () => {
    expect(decodePlayerUrl('cursor=-3&speed=fast&pacing=warp&scenario=../etc/passwd')).toEqual(URL_DEFAULTS);
    expect(decodePlayerUrl('cursor=1e3&speed=Infinity').cursor).toBe(0);
    expect(decodePlayerUrl('cursor=12abc').cursor).toBe(0);
    expect(decodePlayerUrl('speed=0').speed).toBe(1);
    expect(decodePlayerUrl('speed=NaN').speed).toBe(1);
    expect(decodePlayerUrl('scenario=%E0%A4%A').scenario).toBeNull();
    expect(decodePlayerUrl('scenario=nope', { scenarios: ['say_after'] }).scenario).toBeNull();
  });

  it('never throws and always yields a valid state, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 1000 }), (query, total) => {
        const s = decodePlayerUrl(query, { total });
        expect(Number.isInteger(s.cursor) && s.cursor >= 0 && s.cursor <= Math.max(0, total - 1)).toBe(true);
        expect(SPEEDS).toContain(s.speed);
        expect(['virtual', 'compressed']).toContain(s.pacing);
        expect(s.scenario === null || /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(s.scenario)).toBe(true);
      }),
      { numRuns: 300 }
    );
  });

  it('round-trips every valid state', () => {
    const state = fc.record({
      scenario: fc.option(fc.stringMatching(/^[a-z][a-z0-9_]{0,20}$/), { nil: null }),
      cursor: fc.nat({ max: 1_000_000 }),
      speed: fc.constantFrom(...SPEEDS),
      pacing: fc.constantFrom('virtual' as const, 'compressed' as const),
      internals: fc.boolean()
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodePlayerUrl(encodePlayerUrl(s))).toEqual(s);
      })
    );
  });
});
