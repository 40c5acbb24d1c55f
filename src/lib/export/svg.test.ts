import { describe, expect, it } from 'vitest';
import { buildPlayerModel } from '../view/player-model';
import { syntheticTrace } from '../../../bench/synthetic';
import { EN } from '../i18n/messages.en-app';
import { ZH } from '../i18n/messages.zh';
import { LIGHT_THEME } from './colors';
import { buildViewSvg, type SvgExportOptions } from './svg';
import { checkXml, golden } from './test-helpers';

const sayAfter = buildPlayerModel(golden('say_after'));
const last = sayAfter.events.length - 1;
const base = (over: Partial<SvgExportOptions> = {}): SvgExportOptions => ({
  model: sayAfter,
  pacing: 'compressed',
  cursor: sayAfter.events.length - 1,
  arrows: true,
  theme: LIGHT_THEME,
  catalog: EN,
  title: 'say_after: two tasks, one loop',
  file: 'say_after.py',
  ...over
});

describe('buildViewSvg', () => {
  it('is a well-formed standalone SVG with title, subtitle, legend, lane labels, axis and marks', () => {
    const out = buildViewSvg(base());
    const xml = checkXml(out.svg);
    expect(xml.root).toBe('svg');
    expect(xml.rootAttrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(Number(xml.rootAttrs.width)).toBe(out.width);
    expect(Number(xml.rootAttrs.height)).toBe(out.height);
    expect(out.width).toBe(1280);
    for (const word of [
      'say_after: two tasks, one loop',
      `say_after.py · event ${last} of ${last} · t = 2.0 s`,
      'running',
      'ready',
      'waiting',
      'loop idle',
      'blocked',
      'created',
      'woke',
      'cancelled',
      'event loop',
      'Task-1',
      'Task-2',
      'Task-3',
      '· say_after',
      '0.0 s',
      '1.0 s',
      '2.0 s'
    ]) {
      expect(xml.text).toContain(word);
    }
    // Three tasks ran: running rects in their tones, an end marker each, arrows with heads.
    expect(xml.counts.rect).toBeGreaterThan(20);
    expect(xml.counts.circle).toBe(sayAfter.timeline.lanes.filter((l) => l.end).length);
    expect(out.svg).toContain('marker-end="url(#head-1)"');
    expect(out.svg).toContain('fill="#0072b2"');
  });

  it('stands alone: no CSS variables, classes, style sheets or external references', () => {
    const { svg } = buildViewSvg(base());
    expect(svg).not.toMatch(/var\(|class=|<style|href=|@import|rgb\(/);
  });

  it('turns translucent theme colours into hex plus opacity', () => {
    const { svg } = buildViewSvg(base({ model: buildPlayerModel(golden('blocking_sleep')) }));
    expect(svg).toContain('fill="#d62728" fill-opacity="0.13"');
  });

  it('is a function of the cursor: earlier cursors draw fewer marks, no end markers before the tasks end', () => {
    const at = (cursor: number) => checkXml(buildViewSvg(base({ cursor })).svg);
    expect(at(0).counts.circle ?? 0).toBe(0);
    expect(at(20).counts.rect).toBeLessThan(at(last).counts.rect);
    expect(buildViewSvg(base({ cursor: 20 })).svg).toContain(`event 20 of ${last}`);
  });

  it('draws the zoom window it is given (half the run: the 2.0 s tick is gone, fewer spans)', () => {
    const axis = sayAfter.axis.compressed;
    const half = buildViewSvg(base({ window: { u0: 0, u1: axis.totalUnits / 2 } }));
    const all = buildViewSvg(base());
    const ticks = (svg: string) => svg.match(/>\d+\.\d+ s</g) ?? [];
    expect(ticks(all.svg)).toContain('>2.0 s<');
    expect(ticks(half.svg)).not.toContain('>2.0 s<');
    expect(half.svg.length).toBeLessThan(all.svg.length);
  });

  it('leaves arrows out when the toggle is off', () => {
    expect(buildViewSvg(base({ arrows: false })).svg).not.toContain('marker-end');
  });

  it('speaks the catalog it is given', () => {
    const text = checkXml(buildViewSvg(base({ catalog: ZH })).svg).text;
    expect(text).toContain(ZH['ui.legend.running']);
    expect(text).toContain(ZH['ui.eventLoop']);
  });

  it('escapes titles and file names', () => {
    const out = buildViewSvg(base({ title: '<script>&"quotes"', file: 'a&b.py' }));
    const xml = checkXml(out.svg);
    expect(xml.text).toContain('&#60;script&#62;&#38;&#34;quotes&#34;');
    expect(out.svg).not.toContain('<script>');
  });

  it('stays a few thousand elements for a huge trace (sub-pixel marks merge)', () => {
    const big = buildPlayerModel(syntheticTrace(60_000, { seed: 3, workers: 6 }));
    expect(big.timeline.spans.count).toBeGreaterThan(30_000);
    const out = buildViewSvg(base({ model: big, cursor: big.events.length - 1, arrows: false, title: 'big' }));
    const xml = checkXml(out.svg);
    const elements = Object.values(xml.counts).reduce((a, b) => a + b, 0);
    expect(elements).toBeLessThan(15_000);
    expect(out.height).toBeGreaterThan(200);
  });

  it('takes the lane height it is given', () => {
    const a = buildViewSvg(base({ rowH: 30 }));
    const b = buildViewSvg(base({ rowH: 40 }));
    expect(b.height - a.height).toBe(sayAfter.timeline.lanes.length * 10);
  });
});
