import { describe, expect, it } from 'vitest';
import {
  BUILDER_DEFAULTS,
  clampSize,
  embedSrc,
  iframeSnippet,
  plainLink,
  snippetSrc,
  togglePane,
  type EmbedTarget
} from './builder';
import { parseEmbedParams } from './params';

const paths = { scenario: (id: string) => `/embed/${id}`, play: '/embed/play', playground: '/play' };
const sa: EmbedTarget = { kind: 'scenario', id: 'say_after', title: 'say_after' };
const play: EmbedTarget = { kind: 'play', payload: 'v1.AbC', title: 'my program' };

describe('embed builder', () => {
  it('writes only what differs from the defaults', () => {
    expect(embedSrc('https://x.example', sa, BUILDER_DEFAULTS, paths)).toBe('https://x.example/embed/say_after');
    const o = {
      ...BUILDER_DEFAULTS,
      autoplay: true,
      loop: true,
      poster: true,
      theme: 'dark' as const,
      lang: 'zh' as const
    };
    const src = embedSrc(
      'https://x.example',
      sa,
      { ...o, start: 12, speed: 2, controls: 'minimal', panes: ['timeline', 'loop'] },
      paths
    );
    expect(src).toBe(
      'https://x.example/embed/say_after?autoplay=1&start=12&speed=2&controls=minimal&theme=dark&lang=zh&loop=1&poster=1&panes=timeline%2Cloop'
    );
    // The embed reads back exactly what the builder chose.
    const p = parseEmbedParams(new URL(src).search, 100);
    expect(p).toMatchObject({
      autoplay: true,
      loop: true,
      poster: true,
      start: 12,
      speed: 2,
      theme: 'dark',
      lang: 'zh'
    });
    expect(p.panes).toEqual(['timeline', 'loop']);
  });

  it('carries a playground program in the fragment', () => {
    expect(embedSrc('https://x.example', play, { ...BUILDER_DEFAULTS, start: 3 }, paths)).toBe(
      'https://x.example/embed/play?start=3#v1.AbC'
    );
    expect(plainLink('https://x.example', play, 3, paths)).toBe('https://x.example/play#v1.AbC');
    expect(plainLink('https://x.example', { ...sa }, 3, { ...paths, scenario: (id) => `/s/${id}` })).toBe(
      'https://x.example/s/say_after?cursor=3'
    );
  });

  it('snippets escape their attributes and read back to the same src', () => {
    const src = 'https://x.example/embed/a?start=1&speed=2';
    const s = iframeSnippet(src, 'a "quoted" <title>', 640, 360);
    expect(s).toContain('src="https://x.example/embed/a?start=1&amp;speed=2"');
    expect(s).toContain('title="aioscope: a &quot;quoted&quot; &lt;title&gt;"');
    expect(s).toContain('width="640" height="360"');
    expect(snippetSrc(s)).toBe(src);
  });

  it('toggles panes in canonical order and keeps at least one', () => {
    expect(togglePane(['timeline', 'code'], 'narration')).toEqual(['timeline', 'code', 'narration']);
    expect(togglePane(['timeline', 'code'], 'timeline')).toEqual(['code']);
    expect(togglePane(['code'], 'code')).toEqual(['code']);
  });

  it('clamps sizes to what the embed is designed for', () => {
    expect(clampSize(100, 5000)).toEqual({ width: 320, height: 1080 });
    expect(clampSize(Number.NaN, 450.4)).toEqual({ width: 320, height: 450 });
  });
});
