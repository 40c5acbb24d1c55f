import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PANES, EMBED_DEFAULTS, encodeEmbedParams, parseEmbedParams } from './params';

describe('embed URL parameters', () => {
  it('decodes every documented parameter', () => {
    const p = parseEmbedParams(
      'autoplay=1&start=12&speed=2&pacing=compressed&controls=minimal&theme=dark&lang=zh&loop=true' +
        '&panes=console,timeline&origin=https://blog.example',
      46
    );
    expect(p).toEqual({
      autoplay: true,
      start: 12,
      speed: 2,
      pacing: 'compressed',
      controls: 'minimal',
      theme: 'dark',
      lang: 'zh',
      loop: true,
      poster: false,
      panes: ['timeline', 'console'],
      origins: ['https://blog.example']
    });
  });

  it('falls back to defaults for malformed values and clamps start', () => {
    const p = parseEmbedParams('autoplay=maybe&start=-4&speed=fast&controls=huge&theme=neon&lang=fr&panes=nope', 46);
    expect(p).toEqual(EMBED_DEFAULTS);
    expect(parseEmbedParams('start=999', 46).start).toBe(45);
    expect(parseEmbedParams('speed=3', 46).speed).toBe(4);
    expect(parseEmbedParams('origin=javascript:alert(1)', 46).origins).toEqual([]);
    expect(parseEmbedParams('allowOrigin=http://127.0.0.1:8080/', 46).origins).toEqual([]);
    expect(parseEmbedParams('allowOrigin=http://127.0.0.1:8080', 46).origins).toEqual(['http://127.0.0.1:8080']);
  });

  it('round-trips through the snippet encoder', () => {
    const state = fc.record({
      autoplay: fc.boolean(),
      start: fc.nat({ max: 45 }),
      speed: fc.constantFrom(0.25, 0.5, 1, 2, 4, 8),
      pacing: fc.constantFrom('virtual' as const, 'compressed' as const),
      controls: fc.constantFrom('full' as const, 'minimal' as const, 'none' as const),
      theme: fc.constantFrom(null, 'light' as const, 'dark' as const, 'projector' as const),
      lang: fc.constantFrom('en' as const, 'zh' as const),
      loop: fc.boolean(),
      poster: fc.boolean(),
      panes: fc.subarray([...DEFAULT_PANES, 'loop' as const].sort(), { minLength: 1 }),
      origins: fc.constantFrom<string[] | null>(null, ['https://blog.example'])
    });
    fc.assert(
      fc.property(state, (s) => {
        const back = parseEmbedParams(encodeEmbedParams(s), 46);
        expect(back).toEqual({ ...s, panes: back.panes });
        expect([...back.panes].sort()).toEqual([...s.panes].sort());
      })
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (q) => void parseEmbedParams(q, 10)));
  });
});
