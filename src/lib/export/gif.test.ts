import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GifEncoder, changedRect } from './gif';
import { buildPalette, IndexMapper } from './palette';
import { planRecording, MIN_DELAY_CS } from './record';

/**
 * An independent GIF reader for the tests: walks the block structure (header, logical screen, global table,
 * extensions, image descriptors, sub-blocks, trailer), LZW-decodes every image and composites the frames.
 */
function decodeGif(bytes: Uint8Array) {
  let p = 0;
  const u8 = () => bytes[p++];
  const u16 = () => bytes[p++] | (bytes[p++] << 8);
  const sig = String.fromCharCode(...bytes.subarray(0, 6));
  if (sig !== 'GIF89a') throw new Error(`signature ${sig}`);
  p = 6;
  const width = u16();
  const height = u16();
  const flags = u8();
  p += 2;
  const tableSize = flags & 0x80 ? 3 * (2 << (flags & 7)) : 0;
  const palette = bytes.slice(p, p + tableSize);
  p += tableSize;
  const canvas = new Uint8Array(width * height);
  const frames: { delay: number; pixels: Uint8Array; rect: number[] }[] = [];
  let delay = 0;
  let keyed = -1;
  let loops = false;
  const subBlocks = () => {
    const parts: number[] = [];
    for (let n = u8(); n > 0; n = u8()) {
      for (let k = 0; k < n; k++) parts.push(u8());
    }
    return parts;
  };
  for (;;) {
    const b = u8();
    if (b === 0x3b) break;
    if (b === 0x21) {
      const label = u8();
      const data = subBlocks();
      if (label === 0xf9) {
        delay = data[1] | (data[2] << 8);
        keyed = data[0] & 1 ? data[3] : -1;
      }
      if (label === 0xff && String.fromCharCode(...data.slice(0, 11)) === 'NETSCAPE2.0') loops = true;
      continue;
    }
    if (b !== 0x2c) throw new Error(`unknown block 0x${b?.toString(16)} at ${p - 1}`);
    const [x, y, w, h] = [u16(), u16(), u16(), u16()];
    if (u8() & 0x80) throw new Error('local tables not expected');
    const min = u8();
    const data = subBlocks();
    const out = lzwDecode(data, min, w * h);
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) if (out[r * w + c] !== keyed) canvas[(y + r) * width + x + c] = out[r * w + c];
    }
    frames.push({ delay, pixels: canvas.slice(), rect: [x, y, w, h] });
  }
  if (p !== bytes.length) throw new Error('bytes after the trailer');
  return { width, height, palette, frames, loops };
}

function lzwDecode(data: number[], min: number, count: number): Uint8Array {
  const clear = 1 << min;
  const eoi = clear + 1;
  let size = min + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = [];
    for (let i = 0; i < clear; i++) dict.push([i]);
    dict.push([], []);
    size = min + 1;
  };
  reset();
  const out: number[] = [];
  let bit = 0;
  let prev: number[] | null = null;
  for (;;) {
    let code = 0;
    for (let k = 0; k < size; k++, bit++) {
      if (bit >> 3 >= data.length) throw new Error('ran out of data before end-of-information');
      code |= ((data[bit >> 3] >> (bit & 7)) & 1) << k;
    }
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === eoi) break;
    let entry: number[];
    if (code < dict.length) entry = dict[code];
    else if (code === dict.length && prev) entry = [...prev, prev[0]];
    else throw new Error(`bad code ${code}`);
    if (prev) dict.push([...prev, entry[0]]);
    out.push(...entry);
    prev = entry;
    if (dict.length === 1 << size && size < 12) size++;
  }
  if (out.length !== count) throw new Error(`decoded ${out.length} pixels, expected ${count}`);
  return Uint8Array.from(out);
}

const palette4 = Uint8Array.from([0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 0, 255]);
const bytesOf = (chunks: Uint8Array[]) => {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  return all;
};

describe('GifEncoder', () => {
  it('round-trips frames through an independent decoder (block structure, LZW, delays, deltas)', () => {
    const w = 37;
    const h = 23;
    const frames = [0, 1, 2, 3].map((f) => Uint8Array.from({ length: w * h }, (_, i) => ((i * 7 + f * 3) >> 4) & 3));
    frames[2] = frames[1].slice();
    frames[2][5 * w + 9] = (frames[2][5 * w + 9] + 1) & 3; // one pixel changes
    const enc = new GifEncoder(w, h, palette4);
    frames.forEach((f, i) => enc.addFrame(f, 10 + i));
    const gif = decodeGif(bytesOf(enc.finish()));
    expect(gif.loops).toBe(true);
    expect([gif.width, gif.height]).toEqual([w, h]);
    expect(gif.frames).toHaveLength(4);
    gif.frames.forEach((f, i) => expect(f.pixels).toEqual(frames[i]));
    expect(gif.frames.map((f) => f.delay)).toEqual([10, 11, 12, 13]);
    expect(gif.frames[2].rect).toEqual([9, 5, 1, 1]);
    expect(gif.frames[3].rect).toEqual([0, 0, w, h]);
  });

  it('merges an unchanged frame into the previous one (its delay adds up)', () => {
    const a = new Uint8Array(16).fill(1);
    const enc = new GifEncoder(4, 4, palette4);
    enc.addFrame(a, 5);
    enc.addFrame(a.slice(), 7);
    enc.addFrame(new Uint8Array(16), 9);
    const gif = decodeGif(bytesOf(enc.finish()));
    expect(gif.frames.map((f) => f.delay)).toEqual([12, 9]);
  });

  it('LZW survives dictionary resets and every palette size (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (bits, w, h, seed) => {
          const colours = 1 << bits;
          let x = seed || 1;
          const rnd = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) % colours;
          // Runs and noise: both long dictionary entries and a full table.
          const px = Uint8Array.from({ length: w * h }, (_, i) => (i % 50 < 25 ? rnd() : (i >> 6) % colours));
          const pal = Uint8Array.from({ length: colours * 3 }, (_, i) => i & 255);
          const enc = new GifEncoder(w, h, pal);
          enc.addFrame(px, 4);
          const gif = decodeGif(bytesOf(enc.finish()));
          expect(gif.frames[0].pixels).toEqual(px);
          // One more slot than the colours for the transparent index (none when 256 colours fill the table).
          expect(gif.palette.length).toBe(3 << (bits === 8 ? 8 : bits + 1));
        }
      ),
      { numRuns: 60 }
    );
  });

  it('writes end-of-information at the width the decoder has reached (regression: 9×2 pixels, 2 colours)', () => {
    // The last code fills the table to 1 << codeSize, so the decoder reads end-of-information one bit wider.
    const px = Uint8Array.from('110100000101110111', Number);
    const enc = new GifEncoder(9, 2, Uint8Array.from([0, 0, 0, 255, 255, 255]));
    enc.addFrame(px, 4);
    expect(decodeGif(bytesOf(enc.finish())).frames[0].pixels).toEqual(px);
  });

  it('refuses bad input', () => {
    expect(() => new GifEncoder(0, 1, palette4)).toThrow();
    expect(() => new GifEncoder(2, 2, new Uint8Array(3 * 257))).toThrow();
    const enc = new GifEncoder(2, 2, palette4);
    expect(() => enc.addFrame(new Uint8Array(3), 1)).toThrow();
    enc.finish();
    expect(() => enc.addFrame(new Uint8Array(4), 1)).toThrow();
  });

  it('finds the changed rectangle', () => {
    const a = new Uint8Array(20);
    const b = a.slice();
    expect(changedRect(a, b, 5, 4)).toBeNull();
    b[1 * 5 + 2] = 1;
    b[3 * 5 + 4] = 1;
    expect(changedRect(a, b, 5, 4)).toEqual({ x: 2, y: 1, w: 3, h: 3 });
  });
});

describe('palette', () => {
  it('keeps the fixed colours exactly and maps pixels to the nearest colour', () => {
    const rgba = Uint8ClampedArray.from([10, 20, 30, 255, 250, 250, 250, 255, 12, 22, 28, 255, 200, 0, 0, 255]);
    const pal = buildPalette([[0, 114, 178]], [rgba], 4);
    expect([...pal.subarray(0, 3)]).toEqual([0, 114, 178]);
    expect(pal.length).toBe(12);
    const m = new IndexMapper(pal);
    const idx = m.map(Uint8ClampedArray.from([0, 114, 178, 255, 11, 21, 29, 255]));
    expect(idx[0]).toBe(0);
    const c = [...pal.subarray(idx[1] * 3, idx[1] * 3 + 3)];
    expect(Math.abs(c[0] - 11) + Math.abs(c[1] - 21) + Math.abs(c[2] - 29)).toBeLessThan(10);
  });
});

describe('planRecording', () => {
  it('one frame per event for short traces, at playback pace, holding the last frame', () => {
    const plan = planRecording(Float64Array.from([0, 0.25, 0.5, 1.5]), { holdCs: 200 });
    expect(plan.cursors).toEqual([0, 1, 2, 3]);
    expect(plan.delaysCs).toEqual([25, 25, 100, 200]);
    expect(plan.speedup).toBe(1);
  });

  it('samples long traces at equal playback steps, capped in frames and duration', () => {
    const schedule = Float64Array.from({ length: 5000 }, (_, i) => i * 0.25);
    const plan = planRecording(schedule, { maxFrames: 300, maxSeconds: 30 });
    expect(plan.cursors.length).toBeLessThanOrEqual(301);
    expect(plan.cursors[0]).toBe(0);
    expect(plan.cursors[plan.cursors.length - 1]).toBe(4999);
    for (let i = 1; i < plan.cursors.length; i++) expect(plan.cursors[i]).toBeGreaterThan(plan.cursors[i - 1]);
    const total = plan.delaysCs.slice(0, -1).reduce((a, b) => a + b, 0);
    expect(Math.abs(total - 3000)).toBeLessThanOrEqual(plan.cursors.length * MIN_DELAY_CS);
    expect(Math.min(...plan.delaysCs)).toBeGreaterThanOrEqual(MIN_DELAY_CS);
  });
});

describe('GifEncoder deltas', () => {
  it('keys unchanged pixels out as transparent, which makes a moving playhead cheap', () => {
    const w = 200;
    const h = 100;
    const frame = (x: number) => {
      let seed = 7;
      const f = Uint8Array.from({ length: w * h }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % 5);
      for (let y = 0; y < h; y++) f[y * w + x] = 6;
      f[5] = x % 5; // a changing corner: the changed rectangle spans the whole width
      return f;
    };
    const pal = Uint8Array.from({ length: 7 * 3 }, (_, i) => i * 9);
    const enc = new GifEncoder(w, h, pal);
    expect(enc.transparent).toBe(7);
    for (let x = 10; x < 190; x += 10) enc.addFrame(frame(x), 5);
    const bytes = bytesOf(enc.finish());
    const gif = decodeGif(bytes);
    expect(gif.frames).toHaveLength(18);
    gif.frames.forEach((f, i) => expect(f.pixels).toEqual(frame(10 + i * 10)));
    // 17 delta frames must cost far less than 17 full frames.
    const first = new GifEncoder(w, h, pal);
    first.addFrame(frame(10), 5);
    const one = bytesOf(first.finish()).length;
    expect(bytes.length).toBeLessThan(one * 4);
  });
});
