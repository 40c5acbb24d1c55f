import { snapSpeed } from '../player/speed';
import type { Pacing } from '../timeline/scales';

/**
 * The embed's URL parameters (`/embed/<id>?autoplay=1&start=12&panes=timeline,console`), decoded leniently: every
 * malformed or unknown value falls back to its default, nothing throws (URLs are user input). Encoding leaves the
 * defaults out, so the snippet the player generates stays short.
 */
export type EmbedControls = 'full' | 'minimal' | 'none';
export type EmbedTheme = 'light' | 'dark' | 'projector';
export type EmbedPane = 'timeline' | 'code' | 'console' | 'loop' | 'narration';

export const EMBED_PANES: readonly EmbedPane[] = ['timeline', 'code', 'console', 'loop', 'narration'];
export const DEFAULT_PANES: readonly EmbedPane[] = ['timeline', 'code', 'console', 'narration'];
const CONTROLS: readonly EmbedControls[] = ['full', 'minimal', 'none'];
const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'projector'];

export interface EmbedParams {
  autoplay: boolean;
  /** Cursor (event seq) to open at, clamped to the trace. */
  start: number;
  speed: number;
  pacing: Pacing;
  controls: EmbedControls;
  /** null: follow the visitor's system preference. */
  theme: EmbedTheme | null;
  /** Requested language; the embed falls back to English for anything it has no text for. */
  lang: 'en' | 'zh';
  loop: boolean;
  /** A poster over the first frame (the `start=` moment) with one big play button, until the visitor plays. */
  poster: boolean;
  panes: EmbedPane[];
  /** Origins allowed to drive the embed and to receive its messages (`origin=`); null: see origin.ts. */
  origins: string[] | null;
}

export const EMBED_DEFAULTS: EmbedParams = {
  autoplay: false,
  start: 0,
  speed: 1,
  pacing: 'virtual',
  controls: 'full',
  theme: null,
  lang: 'en',
  loop: false,
  poster: false,
  panes: [...DEFAULT_PANES],
  origins: null
};

function flag(raw: string | null): boolean {
  return raw !== null && (raw === '' || raw === '1' || raw === 'true' || raw === 'yes');
}

/** A serialized origin (`https://blog.example`, `http://127.0.0.1:8080`), or null if `raw` is not exactly one. */
export function normalizeOrigin(raw: string): string | null {
  const text = raw.trim();
  if (!/^https?:\/\/[^/?#\s]+$/i.test(text)) return null;
  try {
    const origin = new URL(text).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function parseEmbedParams(input: URLSearchParams | string, total: number): EmbedParams {
  let p: URLSearchParams;
  try {
    p = typeof input === 'string' ? new URLSearchParams(input) : input;
  } catch {
    return { ...EMBED_DEFAULTS, panes: [...DEFAULT_PANES] };
  }
  const startRaw = p.get('start')?.trim() ?? '';
  const start = /^\d{1,9}$/.test(startRaw) ? Math.min(Number(startRaw), Math.max(0, total - 1)) : 0;
  const speedRaw = p.get('speed')?.trim() ?? '';
  const speedNum = /^\d{0,3}(\.\d{1,4})?$/.test(speedRaw) && speedRaw !== '' && speedRaw !== '.' ? Number(speedRaw) : 1;
  const controls = p.get('controls') as EmbedControls | null;
  const theme = p.get('theme') as EmbedTheme | null;
  const panesRaw = p.get('panes');
  let panes = [...DEFAULT_PANES];
  if (panesRaw !== null) {
    const asked = panesRaw.split(',').map((s) => s.trim());
    // Keep the canonical order, whatever order the host wrote them in; an empty or all-unknown list is ignored.
    const picked = EMBED_PANES.filter((name) => asked.includes(name));
    if (picked.length > 0) panes = picked;
  }
  const originsRaw = p.getAll('origin').concat(p.getAll('allowOrigin'));
  const origins = originsRaw
    .flatMap((s) => s.split(','))
    .map(normalizeOrigin)
    .filter((o): o is string => o !== null);
  return {
    autoplay: flag(p.get('autoplay')),
    start,
    speed: speedNum > 0 ? snapSpeed(speedNum) : 1,
    pacing: p.get('pacing') === 'compressed' ? 'compressed' : 'virtual',
    controls: controls !== null && CONTROLS.includes(controls) ? controls : 'full',
    theme: theme !== null && THEMES.includes(theme) ? theme : null,
    lang: p.get('lang') === 'zh' ? 'zh' : 'en',
    loop: flag(p.get('loop')),
    poster: flag(p.get('poster')),
    panes,
    // An origin= that holds no valid origin locks the embed rather than opening it to everyone.
    origins: originsRaw.length > 0 ? [...new Set(origins)] : null
  };
}

/** Params → query string (defaults omitted), for the player's "Embed" snippet. */
export function encodeEmbedParams(params: Partial<EmbedParams>): string {
  const q = new URLSearchParams();
  const d = EMBED_DEFAULTS;
  if (params.autoplay) q.set('autoplay', '1');
  if (params.start && params.start > 0) q.set('start', String(Math.floor(params.start)));
  if (params.speed !== undefined && snapSpeed(params.speed) !== d.speed)
    q.set('speed', String(snapSpeed(params.speed)));
  if (params.pacing === 'compressed') q.set('pacing', 'compressed');
  if (params.controls && params.controls !== d.controls) q.set('controls', params.controls);
  if (params.theme) q.set('theme', params.theme);
  if (params.lang === 'zh') q.set('lang', 'zh');
  if (params.loop) q.set('loop', '1');
  if (params.poster) q.set('poster', '1');
  if (params.panes && params.panes.join(',') !== DEFAULT_PANES.join(',')) q.set('panes', params.panes.join(','));
  if (params.origins && params.origins.length > 0) q.set('origin', params.origins.join(','));
  return q.toString();
}
