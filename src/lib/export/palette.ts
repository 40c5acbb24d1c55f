/**
 * Colour reduction for GIF frames. A timeline picture is flat colour plus anti-aliased edges and text, so a
 * "popularity" palette works well: the theme's own colours first (exact), then the most frequent colours of sample
 * frames (counted in 5-bit-per-channel bins, each bin represented by its mean colour), skipping ones too close to a
 * colour already chosen. Pixels map to their nearest palette colour (cached per distinct RGB value). Pure and
 * deterministic: the same frames give the same palette and indices.
 */

export type Rgb = [number, number, number];

/** Squared RGB distance below which two candidates count as the same colour. */
const NEAR = 10 * 10;

export function buildPalette(fixed: readonly Rgb[], samples: readonly Uint8ClampedArray[], size = 256): Uint8Array {
  const chosen: Rgb[] = [];
  const far = (c: Rgb, limit: number) =>
    chosen.every((p) => (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 + (p[2] - c[2]) ** 2 > limit);
  for (const c of fixed) if (chosen.length < size && far(c, 0)) chosen.push(c);

  const count = new Uint32Array(32768);
  const sums = new Float64Array(32768 * 3);
  for (const rgba of samples) {
    for (let i = 0; i < rgba.length; i += 4) {
      const bin = ((rgba[i] >> 3) << 10) | ((rgba[i + 1] >> 3) << 5) | (rgba[i + 2] >> 3);
      count[bin]++;
      sums[bin * 3] += rgba[i];
      sums[bin * 3 + 1] += rgba[i + 1];
      sums[bin * 3 + 2] += rgba[i + 2];
    }
  }
  const bins: number[] = [];
  for (let b = 0; b < count.length; b++) if (count[b] > 0) bins.push(b);
  bins.sort((a, b) => count[b] - count[a] || a - b);
  for (const limit of [NEAR, 0]) {
    for (const b of bins) {
      if (chosen.length >= size) break;
      const c: Rgb = [
        Math.round(sums[b * 3] / count[b]),
        Math.round(sums[b * 3 + 1] / count[b]),
        Math.round(sums[b * 3 + 2] / count[b])
      ];
      if (far(c, limit)) chosen.push(c);
    }
  }
  if (chosen.length === 0) chosen.push([0, 0, 0]);
  const out = new Uint8Array(chosen.length * 3);
  chosen.forEach((c, i) => out.set(c, i * 3));
  return out;
}

/** Maps RGBA pixels to palette indices (nearest colour, alpha ignored: frames are opaque). */
export class IndexMapper {
  private readonly cache = new Map<number, number>();
  private readonly n: number;
  constructor(private readonly palette: Uint8Array) {
    this.n = Math.floor(palette.length / 3);
  }

  nearest(r: number, g: number, b: number): number {
    const key = (r << 16) | (g << 8) | b;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let best = 0;
    let bestD = Infinity;
    const p = this.palette;
    for (let i = 0; i < this.n; i++) {
      const d = (p[i * 3] - r) ** 2 + (p[i * 3 + 1] - g) ** 2 + (p[i * 3 + 2] - b) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
        if (d === 0) break;
      }
    }
    this.cache.set(key, best);
    return best;
  }

  map(rgba: Uint8ClampedArray): Uint8Array {
    const out = new Uint8Array(rgba.length >> 2);
    for (let i = 0, j = 0; j < out.length; i += 4, j++) out[j] = this.nearest(rgba[i], rgba[i + 1], rgba[i + 2]);
    return out;
  }
}
