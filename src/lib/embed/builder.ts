import { DEFAULT_PANES, EMBED_PANES, encodeEmbedParams, type EmbedParams, type EmbedPane } from './params';

/**
 * The Embed dialog's model: the options a blogger picks → the embed URL, the iframe snippet and the plain link.
 * The preview iframe and the snippet are built from the same `embedSrc`, so what is previewed is what is pasted.
 *
 * An embed shows either a scenario of the site (`/embed/<id>?…`) or a playground program carried in the URL's
 * fragment (`/embed/play?…#v1.<payload>`: the share payload, never sent to a server; the embed simulates it).
 */
export type EmbedTarget =
  { kind: 'scenario'; id: string; title: string } | { kind: 'play'; payload: string; title: string };

export interface SizePreset {
  name: string;
  width: number;
  height: number;
}

export const SIZE_PRESETS: readonly SizePreset[] = [
  { name: 'phone', width: 320, height: 200 },
  { name: 'small', width: 640, height: 360 },
  { name: 'medium', width: 800, height: 450 },
  { name: 'large', width: 1024, height: 576 },
  { name: 'hd', width: 1280, height: 720 }
];

export type BuilderOptions = Pick<
  EmbedParams,
  'autoplay' | 'loop' | 'poster' | 'controls' | 'theme' | 'lang' | 'panes' | 'start' | 'speed' | 'pacing'
> & { width: number; height: number };

export const BUILDER_DEFAULTS: BuilderOptions = {
  width: 800,
  height: 450,
  autoplay: false,
  loop: false,
  poster: false,
  controls: 'full',
  theme: null,
  lang: 'en',
  panes: [...DEFAULT_PANES],
  start: 0,
  speed: 1,
  pacing: 'virtual'
};

/** Frame sizes the builder accepts (the embed is designed for 320×200 … 1920×1080). */
export function clampSize(width: number, height: number): { width: number; height: number } {
  const c = (v: number, lo: number, hi: number) =>
    Number.isFinite(v) ? Math.round(Math.min(hi, Math.max(lo, v))) : lo;
  return { width: c(width, 320, 1920), height: c(height, 200, 1080) };
}

/** Toggles one pane, keeping the canonical order; the last pane cannot be switched off. */
export function togglePane(panes: readonly EmbedPane[], pane: EmbedPane): EmbedPane[] {
  const has = panes.includes(pane);
  if (has && panes.length === 1) return [...panes];
  return EMBED_PANES.filter((p) => (p === pane ? !has : panes.includes(p)));
}

/** The embed's URL: `origin` + `paths` (resolve()d by the caller) + the options as a query (defaults left out). */
export function embedSrc(
  origin: string,
  target: EmbedTarget,
  options: BuilderOptions,
  paths: { scenario: (id: string) => string; play: string }
): string {
  const { width: _w, height: _h, ...params } = options;
  const query = encodeEmbedParams(params);
  const path = target.kind === 'scenario' ? paths.scenario(target.id) : paths.play;
  const fragment = target.kind === 'play' ? `#${target.payload}` : '';
  return `${origin}${path}${query ? `?${query}` : ''}${fragment}`;
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe to paste: responsive (max-width 100%, the aspect ratio kept), lazy, no border, fullscreen allowed. */
export function iframeSnippet(src: string, title: string, width: number, height: number): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`aioscope: ${title}`)}" width="${width}" ` +
    `height="${height}" style="border:0;max-width:100%;aspect-ratio:${width}/${height};height:auto" ` +
    `loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** The src of a snippet (for tests and for reading a snippet back). */
export function snippetSrc(snippet: string): string | null {
  const m = /\ssrc="([^"]*)"/.exec(snippet);
  return m
    ? m[1]!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
    : null;
}

/** The plain link: the same moment in the full player (a scenario page, or the playground with the program). */
export function plainLink(
  origin: string,
  target: EmbedTarget,
  start: number,
  paths: { scenario: (id: string) => string; playground: string }
): string {
  if (target.kind === 'play') return `${origin}${paths.playground}#${target.payload}`;
  return `${origin}${paths.scenario(target.id)}${start > 0 ? `?cursor=${Math.floor(start)}` : ''}`;
}
