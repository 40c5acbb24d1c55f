import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioMeta } from '../scenario-meta';
import { scenarioIds } from '../scenarios';
import { fitCode, LINE_HEIGHT, lineEm, slideLines } from './slide-fit';

const root = resolve(import.meta.dirname, '../../..');
/** A scenario's lines as the slide shows them: no metadata comments, no title line. */
function shown(id: string): string[] {
  const source = readFileSync(resolve(root, 'scenarios', `${id}.py`), 'utf8');
  const hidden = new Set(readScenarioMeta(id, source).metaLines);
  const lines = source.split('\n').map((text, i) => ({ text, n: i + 1 }));
  return slideLines(lines.filter((l) => l.n > 1 && !hidden.has(l.n))).map((l) => l.text);
}

describe('slide code fit', () => {
  it('measures wide characters as 1 em and Latin ones as 0.6', () => {
    expect(lineEm('abcde')).toBeCloseTo(3);
    expect(lineEm('消费')).toBe(2);
    expect(lineEm('\tx')).toBeCloseTo(3);
  });

  it('collapses blank runs and drops trailing blanks', () => {
    const l = (text: string) => ({ text });
    expect(slideLines([l(''), l('a'), l(''), l('  '), l('b'), l(''), l('')]).map((x) => x.text)).toEqual([
      'a',
      '',
      'b'
    ]);
  });

  it('takes the largest size that fits, wrapping long lines into extra rows', () => {
    const long = 'x'.repeat(100);
    const fit = fitCode({ lines: [long, 'y'], height: 200, maxWidth: 400 });
    expect(fit.fits).toBe(true);
    expect(fit.width).toBe(400);
    expect(fit.rows).toBeGreaterThan(2);
    expect(fit.rows * fit.fontPx * LINE_HEIGHT).toBeLessThanOrEqual(200);
    const roomy = fitCode({ lines: ['print(1)'], height: 600, maxWidth: 600 });
    expect(roomy.fontPx).toBe(30);
    expect(roomy.width).toBeLessThan(600);
    const cramped = fitCode({ lines: Array(80).fill('x = 1'), height: 300, maxWidth: 600 });
    expect(cramped).toMatchObject({ fontPx: 20, fits: false });
  });

  // The slide at 1280×720: the code column is the slide's full height (minus 12 px padding above and below) and at
  // most 52 % of its width.
  it.each(['say_after_sequential', 'producer_consumer'])('%s fits a 1280×720 slide at ≥ 20 px', (id) => {
    const fit = fitCode({ lines: shown(id), height: 720 - 24 - 16, maxWidth: Math.floor(1280 * 0.52) });
    expect(fit.fits).toBe(true);
    expect(fit.fontPx).toBeGreaterThanOrEqual(20);
  });

  it('every scenario fits a 1920×1080 slide', () => {
    const misfits = scenarioIds().filter(
      (id) => !fitCode({ lines: shown(id), height: 1080 - 40, maxWidth: Math.floor(1920 * 0.52), minPx: 30 }).fits
    );
    // At 1920×1080 a CSS px of the 1280×720 slide is 1.5 px: 20 px there is 30 px here.
    expect(misfits).toEqual([]);
  });
});

describe('slide code fit preferences', () => {
  it('prefers a smaller size without wrapping to a larger one with', () => {
    const fit = fitCode({ lines: ['x'.repeat(40), 'y'], height: 1000, maxWidth: 600 });
    expect(fit.rows).toBe(2);
    expect(fit.width).toBeLessThanOrEqual(600);
  });
});
