/**
 * The presenter slide's code column: the largest type (≥ 20 px) at which the whole program fits the column's
 * height, and the column width it needs (as wide as the longest line, up to a cap, so the moving parts keep the
 * rest of the slide). Lines longer than the width wrap (counted as extra rows); nothing is clipped. Blank lines are
 * drawn at half height, and runs of blank lines become one.
 *
 * Widths are in em of a monospace font: 0.6 per Latin character, 1 per wide (CJK) character. Pure.
 */
export interface CodeFitInput {
  /** The program's lines as shown (metadata comments already left out). */
  lines: readonly string[];
  /** Height and largest width available to the code column, CSS px. */
  height: number;
  maxWidth: number;
  minPx?: number;
  maxPx?: number;
  /** The font's advance of a Latin and of a wide character, in em (measured by the page; defaults 0.6 and 1). */
  charEm?: number;
  wideEm?: number;
}

export interface CodeFit {
  fontPx: number;
  /** Width the column needs at that size (≤ maxWidth). */
  width: number;
  /** Rows it takes (wrapped lines count once per row; a blank line half). */
  rows: number;
  /** False when even the smallest size needs more height (the column then scrolls, following the running line). */
  fits: boolean;
}

export const LINE_HEIGHT = 1.2;
/** Line numbers and the running-line marker, in em. */
export const GUTTER_EM = 2.6;
/** Horizontal padding of the column, px. */
export const CODE_PAD_PX = 20;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a line in em (tabs as 4 spaces). */
export function lineEm(text: string, charEm = 0.6, wideEm = 1): number {
  let em = 0;
  for (const ch of text.replace(/\t/g, '    ')) em += WIDE.test(ch) ? wideEm : charEm;
  return em;
}

/** Lines as a slide shows them: trailing blanks dropped, runs of blank lines collapsed to one. */
export function slideLines<T extends { text: string }>(lines: readonly T[]): T[] {
  const out: T[] = [];
  for (const l of lines) {
    const blank = l.text.trim() === '';
    if (blank && (out.length === 0 || out[out.length - 1]!.text.trim() === '')) continue;
    out.push(l);
  }
  while (out.length > 0 && out[out.length - 1]!.text.trim() === '') out.pop();
  return out;
}

function rowsAt(ems: readonly number[], fontPx: number, width: number): number {
  const textPx = Math.max(1, width - CODE_PAD_PX - GUTTER_EM * fontPx);
  let rows = 0;
  for (const em of ems) rows += em === 0 ? 0.5 : Math.max(1, Math.ceil((em * fontPx) / textPx - 1e-9));
  return rows;
}

export function fitCode(input: CodeFitInput): CodeFit {
  const minPx = input.minPx ?? 20;
  const maxPx = input.maxPx ?? 30;
  const ems = input.lines.map((l) => lineEm(l, input.charEm, input.wideEm));
  const widest = Math.max(0, ...ems);
  const at = (fontPx: number): CodeFit => {
    const width = Math.min(input.maxWidth, Math.ceil(widest * fontPx + GUTTER_EM * fontPx + CODE_PAD_PX + 2));
    const rows = rowsAt(ems, fontPx, width);
    return { fontPx, width, rows, fits: rows * fontPx * LINE_HEIGHT <= input.height };
  };
  const unwrapped = ems.reduce((n, em) => n + (em === 0 ? 0.5 : 1), 0);
  // Half-pixel steps from the largest size down: the first that fits without wrapping a line, else the first
  // that fits with wrapping (a wrapped line reads worse than a slightly smaller one).
  for (const noWrap of [true, false])
    for (let f = maxPx; f >= minPx; f -= 0.5) {
      const fit = at(f);
      if (fit.fits && (!noWrap || fit.rows === unwrapped)) return fit;
    }
  return at(minPx);
}
