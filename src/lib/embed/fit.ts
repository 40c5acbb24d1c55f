import type { EmbedControls, EmbedPane } from './params';

/**
 * How an embed uses its frame (docs/embed.md, "How the embed uses its frame"). Given the iframe's size, the panes
 * asked for (`panes=`), the controls and the trace's lane count, decide which parts show and how they are arranged.
 * The page then lays them out in a grid whose one growing part takes every pixel left over, so no empty band opens.
 *
 * Rules, in order:
 * 1. A part is shown whole or not at all. Each has a minimum size (below); when the requested parts do not fit, they
 *    are dropped in DROP_ORDER (`loop`, `console`, `code`, `narration`, `timeline`) until the rest fit. The last
 *    requested part in that order is never dropped (it scrolls instead).
 * 2. `controls=full` needs 360 px of width; narrower frames get `minimal` (play/pause and the scrubber).
 * 3. Wide frames (≥ 760 px wide, ≥ 300 px tall) with the code and something else put the code in a full-height
 *    column on the left ("side"); otherwise the parts stack ("stack"), with code, console and loop side by side in
 *    one row when their minimum widths allow, else on top of each other.
 * 4. What grows: the panes (code, console, loop) when there are any beside the timeline, else the timeline (its
 *    lanes get taller), else the narration. In "side" the code column is full height whatever grows.
 *
 * Pure: no DOM. Sizes are CSS px.
 */
export type Arrangement = 'stack' | 'side';
export type Grower = 'panes' | 'timeline' | 'narration';

export interface FitInput {
  width: number;
  height: number;
  /** Requested panes, any order. */
  panes: readonly EmbedPane[];
  controls: EmbedControls;
  /** Lanes the timeline draws (loop lane included). */
  lanes: number;
}

export interface EmbedFit {
  /** Parts shown, in canonical order. */
  shown: EmbedPane[];
  /** Requested parts that did not fit, in the order they were dropped. */
  dropped: EmbedPane[];
  controls: EmbedControls;
  arrangement: Arrangement;
  /** Code, console and loop beside each other (true) or stacked (false), where they share a row or column. */
  panesSideBySide: boolean;
  grow: Grower;
  /** The timeline's smallest lane height at this size (its lanes grow above it when the timeline grows). */
  rowH: number;
  /** Small type and no coroutine names in the lane labels. */
  compact: boolean;
}

export const DROP_ORDER: readonly EmbedPane[] = ['loop', 'console', 'code', 'narration', 'timeline'];
const CANONICAL: readonly EmbedPane[] = ['narration', 'timeline', 'code', 'console', 'loop'];

export const SIZES = {
  gap: 6,
  controls: 40,
  fullControlsWidth: 360,
  narration: 30,
  axis: 24,
  timelinePad: 12,
  rowMin: 16,
  rowPreferred: 28,
  code: { w: 240, h: 96 },
  console: { w: 180, h: 72 },
  loop: { w: 220, h: 120 },
  sideMinWidth: 760,
  sideMinHeight: 300
} as const;

type BoxPane = 'code' | 'console' | 'loop';
const BOXES: readonly BoxPane[] = ['code', 'console', 'loop'];

function timelineMin(lanes: number, rowH: number): number {
  return SIZES.axis + Math.max(1, lanes) * rowH + SIZES.timelinePad;
}

/** Minimum size of a group of boxes laid side by side (`row`) or stacked. */
function groupMin(boxes: readonly BoxPane[], row: boolean): { w: number; h: number } {
  if (boxes.length === 0) return { w: 0, h: 0 };
  const gaps = SIZES.gap * (boxes.length - 1);
  const ws = boxes.map((b) => SIZES[b].w);
  const hs = boxes.map((b) => SIZES[b].h);
  return row
    ? { w: ws.reduce((a, b) => a + b, 0) + gaps, h: Math.max(...hs) }
    : { w: Math.max(...ws), h: hs.reduce((a, b) => a + b, 0) + gaps };
}

interface Trial {
  arrangement: Arrangement;
  panesSideBySide: boolean;
}

/** Whether `shown` fits the frame, and how; null when it does not. */
function tryFit(shown: ReadonlySet<EmbedPane>, input: FitInput, chrome: number, rowH: number): Trial | null {
  const { width, height } = input;
  const gap = SIZES.gap;
  let h = height - chrome;
  if (shown.has('narration')) h -= SIZES.narration;
  const boxes = BOXES.filter((b) => shown.has(b));
  const tl = shown.has('timeline') ? timelineMin(input.lanes, rowH) : 0;
  const others = boxes.filter((b) => b !== 'code');
  // Side: the code column on the left, the timeline and the other panes on the right.
  if (
    shown.has('code') &&
    (tl > 0 || others.length > 0) &&
    width >= SIZES.sideMinWidth &&
    height >= SIZES.sideMinHeight
  ) {
    const codeW = sideCodeWidth(width);
    const rightW = width - codeW - 3 * gap;
    for (const row of [true, false]) {
      const g = groupMin(others, row);
      const rightH = tl + g.h + (tl > 0 && g.h > 0 ? gap : 0);
      if (g.w <= rightW && rightH <= h - 2 * gap && SIZES.code.h <= h - 2 * gap)
        return { arrangement: 'side', panesSideBySide: row };
    }
  }
  for (const row of [true, false]) {
    const g = groupMin(boxes, row);
    const need = tl + g.h + (tl > 0 && g.h > 0 ? gap : 0) + 2 * gap;
    if (g.w <= width - 2 * gap && need <= h) return { arrangement: 'stack', panesSideBySide: row };
  }
  return null;
}

/** The code column's width in the side arrangement. */
export function sideCodeWidth(width: number): number {
  return Math.round(Math.min(560, Math.max(280, width * 0.38)));
}

export function fitEmbed(input: FitInput): EmbedFit {
  const requested = CANONICAL.filter((p) => input.panes.includes(p));
  const controls: EmbedControls =
    input.controls === 'none' ? 'none' : input.width < SIZES.fullControlsWidth ? 'minimal' : input.controls;
  const chrome = controls === 'none' ? 0 : SIZES.controls;
  const shown = new Set(requested);
  const dropped: EmbedPane[] = [];
  const lastStanding = [...DROP_ORDER].reverse().find((p) => shown.has(p));
  // Lanes as tall as preferred when they fit, else as short as readable; a part is dropped only below that.
  const compact = input.height < 300 || input.width < 480;
  const preferred = compact ? 20 : SIZES.rowPreferred;
  let trial: Trial | null;
  let rowH: number;
  for (;;) {
    trial = tryFit(shown, input, chrome, preferred);
    rowH = preferred;
    if (!trial) {
      trial = tryFit(shown, input, chrome, SIZES.rowMin);
      rowH = SIZES.rowMin;
    }
    if (trial) break;
    const victim = DROP_ORDER.find((p) => shown.has(p) && p !== lastStanding);
    if (!victim) break;
    shown.delete(victim);
    dropped.push(victim);
  }
  const arrangement = trial?.arrangement ?? 'stack';
  // In the side arrangement the code column is full height anyway; the right column's panes (or timeline) grow.
  const hasBoxes = BOXES.some((b) => shown.has(b) && !(arrangement === 'side' && b === 'code'));
  const grow: Grower = hasBoxes ? 'panes' : shown.has('timeline') ? 'timeline' : 'narration';
  return {
    shown: CANONICAL.filter((p) => shown.has(p)),
    dropped,
    controls,
    arrangement,
    panesSideBySide: trial?.panesSideBySide ?? false,
    grow,
    rowH,
    compact
  };
}

/**
 * The timeline's lane height when it is the part that grows: the lanes share the height left (never below the
 * fitted minimum), so the timeline fills its frame instead of leaving a band under it.
 */
export function growRowHeight(available: number, lanes: number, minRow: number): number {
  const inner = available - SIZES.axis - SIZES.timelinePad;
  return Math.max(minRow, Math.floor(inner / Math.max(1, lanes)));
}

export interface StageGrid {
  columns: string;
  rows: string;
  areas: string;
  /** Console and loop beside each other inside their area (`row`), else stacked. */
  rowFlow: 'column' | 'row';
}

/**
 * The CSS grid of the embed's stage for a fit: areas `tl` (timeline), `code`, and `row` (console and loop). The
 * growing part's track is `minmax(0, 1fr)`; the others take their content's height.
 */
export function stageGrid(fit: EmbedFit, codeWidth: number): StageGrid {
  const has = (p: EmbedPane) => fit.shown.includes(p);
  const tl = has('timeline');
  const code = has('code');
  const row = has('console') || has('loop');
  const rowFlow = fit.panesSideBySide ? 'column' : 'row';
  const q = (cells: string[]) => `'${cells.join(' ')}'`;
  if (fit.arrangement === 'side') {
    const right = [tl ? 'tl' : null, row ? 'row' : null].filter((x): x is string => x !== null);
    const rows = right.length === 2 ? 'auto minmax(0, 1fr)' : 'minmax(0, 1fr)';
    return {
      columns: `${codeWidth}px minmax(0, 1fr)`,
      rows,
      areas: right.map((r) => q(['code', r])).join(' '),
      rowFlow
    };
  }
  const lines: string[][] = [];
  const tracks: string[] = [];
  const boxes = [code ? 'code' : null, row ? 'row' : null].filter((x): x is string => x !== null);
  const twoCols = boxes.length === 2 && fit.panesSideBySide;
  if (tl) {
    lines.push(twoCols ? ['tl', 'tl'] : ['tl']);
    tracks.push(boxes.length > 0 ? 'auto' : 'minmax(0, 1fr)');
  }
  if (twoCols) {
    lines.push(boxes);
    tracks.push('minmax(0, 1fr)');
  } else
    for (const b of boxes) {
      lines.push([b]);
      tracks.push('minmax(0, 1fr)');
    }
  if (lines.length === 0) {
    lines.push(['none']);
    tracks.push('minmax(0, 1fr)');
  }
  return {
    columns: twoCols ? 'minmax(0, 1fr) minmax(0, 1fr)' : 'minmax(0, 1fr)',
    rows: tracks.join(' '),
    areas: lines.map(q).join(' '),
    rowFlow
  };
}
