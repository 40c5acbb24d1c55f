import { THEME_VARS, TONE_TOKENS, type ExportTheme } from '../../export';

/**
 * The browser half of exporting (src/lib/export is the pure half): the current theme's colours as concrete values,
 * drawing an SVG string into a canvas, and handing a file to the user as a download.
 */

/**
 * Every colour the exported picture uses, resolved from the page's CSS variables to what the browser computes
 * (`rgb(…)`/`rgba(…)`), through a probe element so `var()` chains and the `auto` theme (media query) resolve too.
 */
export function resolveTheme(root: HTMLElement = document.body): ExportTheme {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  root.appendChild(probe);
  const read = (cssVar: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${cssVar}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  try {
    const theme = { tones: {} } as ExportTheme;
    for (const [key, cssVar] of Object.entries(THEME_VARS)) {
      (theme as unknown as Record<string, string>)[key] = read(cssVar, key === 'panel' ? '#ffffff' : '#000000');
    }
    for (const tone of TONE_TOKENS) theme.tones[tone] = read(`--tone-${tone}`, '#000000');
    return theme;
  } finally {
    probe.remove();
  }
}

/** Loads an SVG document as an image (same-origin blob: the canvas stays readable). */
export async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws an SVG at `scale` device pixels per CSS pixel (vector, so crisp at any scale). */
export async function rasterize(
  svg: string,
  width: number,
  height: number,
  scale: number,
  canvas: HTMLCanvasElement = document.createElement('canvas')
): Promise<HTMLCanvasElement> {
  const img = await svgImage(svg);
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return canvas;
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas.toBlob gave nothing'))), type)
  );
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Lets the page paint and stay responsive between two frames of a long job. */
export function breathe(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(2)} MB`;
}
