/**
 * Concrete colours for exported pictures. The app's theme lives in CSS variables (theme.css); an exported SVG must
 * stand alone (a slide tool, an image viewer), so the component resolves every variable the picture uses to a CSS
 * colour string and this module turns it into `#rrggbb` plus an opacity — the one colour form every SVG reader and
 * every GIF palette understands (`rgb(214 39 40 / 0.13)` is not understood by older SVG tools).
 */

/** What a picture of the timeline needs from the current theme (values: any CSS colour the browser computed). */
export interface ExportTheme {
  /** Picture background (the timeline panel). */
  panel: string;
  /** Alternate lane rows. */
  panel2: string;
  text: string;
  muted: string;
  grid: string;
  border: string;
  block: string;
  blockBg: string;
  arrowCreate: string;
  arrowWake: string;
  arrowCancel: string;
  playhead: string;
  /** Lane tone → colour: `loop`, `thread`, `c0` … `c5` (see player-model's laneTone). */
  tones: Record<string, string>;
}

/** The CSS variable behind each ExportTheme field (tones are `--tone-<token>`). */
export const THEME_VARS: Record<Exclude<keyof ExportTheme, 'tones'>, string> = {
  panel: '--panel',
  panel2: '--panel-2',
  text: '--text',
  muted: '--muted',
  grid: '--grid',
  border: '--border',
  block: '--block',
  blockBg: '--block-bg',
  arrowCreate: '--arrow-create',
  arrowWake: '--arrow-wake',
  arrowCancel: '--arrow-cancel',
  playhead: '--playhead'
};
export const TONE_TOKENS = ['loop', 'thread', 'c0', 'c1', 'c2', 'c3', 'c4', 'c5'] as const;

/** The light theme's values (theme.css), for tests and for a page without computed styles. */
export const LIGHT_THEME: ExportTheme = {
  panel: '#ffffff',
  panel2: '#eef1f5',
  text: '#17202a',
  muted: '#5a6675',
  grid: '#e3e7ec',
  border: '#d5dbe3',
  block: '#d62728',
  blockBg: 'rgb(214 39 40 / 0.13)',
  arrowCreate: '#7b8794',
  arrowWake: '#2b7a3d',
  arrowCancel: '#c0392b',
  playhead: '#d14900',
  tones: {
    loop: '#5f6b7a',
    thread: '#6b5b95',
    c0: '#0072b2',
    c1: '#c77c00',
    c2: '#007f5f',
    c3: '#b5478f',
    c4: '#2f8fcf',
    c5: '#8a6a1c'
  }
};

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const hex2 = (n: number) =>
  Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()/rgba()` in the comma or the space syntax (with `/ alpha`,
 * alpha or channels as percentages), `transparent`. Anything else (a named colour, `color()`) → null: the caller
 * falls back, so an odd value never produces an invalid SVG attribute.
 */
export function parseColor(text: string): Rgba | null {
  const s = text.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = /^#([0-9a-f]{3,8})$/.exec(s);
  if (hex) {
    const h = hex[1];
    if (h.length === 3 || h.length === 4) {
      const v = [...h].map((c) => parseInt(c + c, 16));
      return { r: v[0], g: v[1], b: v[2], a: h.length === 4 ? v[3] / 255 : 1 };
    }
    if (h.length === 6 || h.length === 8) {
      const v = [0, 2, 4, 6].map((i) => parseInt(h.slice(i, i + 2), 16));
      return { r: v[0], g: v[1], b: v[2], a: h.length === 8 ? v[3] / 255 : 1 };
    }
    return null;
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s);
  if (!fn) return null;
  const parts = fn[1]
    .replace(/\//g, ' / ')
    .split(/[\s,]+/)
    .filter((p) => p && p !== '/');
  if (parts.length < 3 || parts.length > 4) return null;
  const num = (p: string, scale: number) => (p.endsWith('%') ? (parseFloat(p) / 100) * scale : parseFloat(p));
  const [r, g, b] = parts.slice(0, 3).map((p) => num(p, 255));
  const a = parts.length === 4 ? num(parts[3], 1) : 1;
  if (![r, g, b, a].every(Number.isFinite)) return null;
  return { r, g, b, a: Math.max(0, Math.min(1, a)) };
}

/** `#rrggbb` and opacity for an SVG attribute pair; a colour that does not parse becomes `fallback`. */
export function svgColor(text: string, fallback = '#000000'): { hex: string; opacity: number } {
  const c = parseColor(text);
  if (!c) return { hex: fallback, opacity: 1 };
  return { hex: `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`, opacity: Math.round(c.a * 1000) / 1000 };
}

/** The colour as it looks painted over an opaque background (for palettes: GIF has no partial transparency). */
export function over(text: string, background: string): [number, number, number] {
  const c = parseColor(text) ?? { r: 0, g: 0, b: 0, a: 1 };
  const bg = parseColor(background) ?? { r: 255, g: 255, b: 255, a: 1 };
  const mix = (f: number, b: number) => Math.round(f * c.a + b * (1 - c.a));
  return [mix(c.r, bg.r), mix(c.g, bg.g), mix(c.b, bg.b)];
}
