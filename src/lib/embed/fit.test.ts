import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DROP_ORDER, fitEmbed, growRowHeight, SIZES, stageGrid } from './fit';
import { EMBED_PANES, type EmbedControls, type EmbedPane } from './params';

const DEFAULT: EmbedPane[] = ['timeline', 'code', 'console', 'narration'];
const fit = (
  width: number,
  height: number,
  panes: EmbedPane[] = DEFAULT,
  controls: EmbedControls = 'full',
  lanes = 4
) => fitEmbed({ width, height, panes, controls, lanes });

describe('embed fit', () => {
  it('at 320×200 keeps narration and timeline, drops the panes, minimal controls', () => {
    const f = fit(320, 200);
    expect(f.shown).toEqual(['narration', 'timeline']);
    expect(f.dropped).toEqual(['console', 'code']);
    expect(f.controls).toBe('minimal');
    expect(f.grow).toBe('timeline');
    expect(f.compact).toBe(true);
  });

  it('at 640×360 shows every default pane in a stack', () => {
    const f = fit(640, 360);
    expect(f.shown).toEqual(['narration', 'timeline', 'code', 'console']);
    expect(f).toMatchObject({ arrangement: 'stack', panesSideBySide: true, grow: 'panes', controls: 'full' });
  });

  it('at 800×450 puts the code in a full-height column', () => {
    const f = fit(800, 450);
    expect(f.shown).toEqual(['narration', 'timeline', 'code', 'console']);
    expect(f).toMatchObject({ arrangement: 'side', grow: 'panes' });
    expect(fit(800, 450, ['timeline', 'code'])).toMatchObject({ arrangement: 'side', grow: 'timeline' });
  });

  it('shows a requested loop pane where it fits (controls=none, timeline, loop, narration at 640×360)', () => {
    const f = fit(640, 360, ['timeline', 'loop', 'narration'], 'none');
    expect(f.shown).toEqual(['narration', 'timeline', 'loop']);
    expect(f.controls).toBe('none');
    expect(f.grow).toBe('panes');
  });

  it('drops in the documented order and never the last one standing', () => {
    const f = fit(320, 200, ['code', 'console', 'loop', 'narration', 'timeline']);
    expect(f.dropped).toEqual(DROP_ORDER.filter((p) => !f.shown.includes(p)));
    expect(f.shown).toContain('timeline');
    expect(fit(320, 200, ['loop']).shown).toEqual(['loop']);
    expect(fit(320, 200, ['code']).grow).toBe('panes');
  });

  it('keeps what it shows within the frame (property)', () => {
    const panes = fc.subarray([...EMBED_PANES], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.integer({ min: 320, max: 1920 }),
        fc.integer({ min: 200, max: 1080 }),
        panes,
        fc.constantFrom('full', 'minimal', 'none'),
        fc.integer({ min: 1, max: 8 }),
        (width, height, p, controls, lanes) => {
          const f = fitEmbed({ width, height, panes: p, controls: controls as 'full', lanes });
          expect(f.shown.length).toBeGreaterThan(0);
          expect([...f.shown, ...f.dropped].sort()).toEqual([...p].sort());
          // Bigger frames never show less.
          const g = fitEmbed({
            width: width + 200,
            height: height + 200,
            panes: p,
            controls: controls as 'full',
            lanes
          });
          for (const s of f.shown) expect(g.shown).toContain(s);
        }
      )
    );
  });

  it('lets a growing timeline take the height left', () => {
    expect(growRowHeight(300, 4, 16)).toBe(Math.floor((300 - SIZES.axis - SIZES.timelinePad) / 4));
    expect(growRowHeight(50, 4, 16)).toBe(16);
  });
});

describe('stage grid', () => {
  it('stacks the timeline over a row of code and console at 640×360', () => {
    expect(stageGrid(fit(640, 360), 300)).toEqual({
      columns: 'minmax(0, 1fr) minmax(0, 1fr)',
      rows: 'auto minmax(0, 1fr)',
      areas: "'tl tl' 'code row'",
      rowFlow: 'column'
    });
  });
  it('puts the code column left at 800×450', () => {
    expect(stageGrid(fit(800, 450), 304)).toMatchObject({
      columns: '304px minmax(0, 1fr)',
      rows: 'auto minmax(0, 1fr)',
      areas: "'code tl' 'code row'"
    });
    expect(stageGrid(fit(800, 450, ['timeline', 'code']), 304).areas).toBe("'code tl'");
  });
  it('lets a lone timeline take the whole stage', () => {
    expect(stageGrid(fit(320, 200), 0)).toMatchObject({ rows: 'minmax(0, 1fr)', areas: "'tl'" });
  });
});
