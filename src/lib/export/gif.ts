/**
 * A small GIF89a encoder (no dependency): global colour table, NETSCAPE2.0 looping, LZW-compressed frames. Frames
 * are given as full-size palette indices; each is stored as the rectangle that changed since the previous frame
 * (disposal "do not dispose"), inside which pixels equal to the previous frame's are written as a reserved
 * transparent index (long runs LZW packs to almost nothing), and a frame identical to the previous one only lengthens
 * that frame's delay — a playback mostly changes near the playhead, so this keeps recordings small. The transparent
 * index is the one after the palette's colours, so a palette for recordings should hold at most 255 colours.
 *
 * Invariants: bytes are appended only (`chunks`); `finish()` writes the pending frame and the trailer exactly once;
 * the LZW stream of every frame starts with a clear code, never uses codes past 4095 and ends with end-of-information.
 */
export class GifEncoder {
  readonly chunks: Uint8Array[] = [];
  private readonly minCodeSize: number;
  /** Palette index written for "same as the previous frame" (-1 when the palette is full: no delta pixels). */
  readonly transparent: number;
  private prev: Uint8Array | null = null;
  private pending: { rect: Rect; pixels: Uint8Array; delayCs: number; keyed: boolean } | null = null;
  private finished = false;
  /** The LZW dictionary, made on the first frame written (a 4 MiB table). */
  private dict: LzwDictionary | null = null;
  frames = 0;

  /** `palette`: RGB triples, at most 256 colours (padded to a power of two here). */
  constructor(
    readonly width: number,
    readonly height: number,
    palette: Uint8Array,
    loop = true
  ) {
    const colours = Math.max(2, Math.ceil(palette.length / 3));
    if (colours > 256) throw new RangeError('a GIF palette holds at most 256 colours');
    if (width < 1 || height < 1 || width > 65535 || height > 65535) throw new RangeError('bad GIF size');
    this.transparent = colours < 256 ? colours : -1;
    let bits = 1;
    while (1 << bits < colours + (this.transparent >= 0 ? 1 : 0)) bits++;
    this.minCodeSize = Math.max(2, bits);
    const table = new Uint8Array(3 << bits);
    table.set(palette.subarray(0, Math.min(palette.length, table.length)));
    const head = new ByteWriter();
    head.ascii('GIF89a');
    head.u16(width);
    head.u16(height);
    head.u8(0x80 | ((bits - 1) << 4) | (bits - 1)); // global table, colour resolution, table size
    head.u8(0); // background colour index
    head.u8(0); // pixel aspect ratio: unspecified
    head.bytes(table);
    if (loop) {
      head.bytes([0x21, 0xff, 0x0b]);
      head.ascii('NETSCAPE2.0');
      head.bytes([0x03, 0x01, 0x00, 0x00, 0x00]); // loop forever
    }
    this.chunks.push(head.finish());
  }

  /** Adds a frame of `width × height` palette indices shown for `delayCs` hundredths of a second. */
  addFrame(indices: Uint8Array, delayCs: number): void {
    if (this.finished) throw new Error('GIF already finished');
    if (indices.length !== this.width * this.height) throw new RangeError('frame size differs from the GIF size');
    const delay = Math.max(0, Math.round(delayCs));
    const rect = this.prev ? changedRect(this.prev, indices, this.width, this.height) : full(this.width, this.height);
    if (!rect) {
      if (this.pending) this.pending.delayCs += delay;
      return;
    }
    this.flush();
    const pixels = crop(indices, this.width, rect);
    if (this.prev && this.transparent >= 0) {
      const before = crop(this.prev, this.width, rect);
      for (let i = 0; i < pixels.length; i++) if (pixels[i] === before[i]) pixels[i] = this.transparent;
    }
    this.pending = { rect, pixels, delayCs: delay, keyed: this.prev !== null && this.transparent >= 0 };
    this.prev = indices.slice();
  }

  /** Writes the last frame and the trailer; returns the file's bytes as chunks (for a Blob). */
  finish(): Uint8Array[] {
    if (!this.finished) {
      this.flush();
      this.chunks.push(Uint8Array.of(0x3b));
      this.finished = true;
    }
    return this.chunks;
  }

  private flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    const w = new ByteWriter();
    // Graphic control extension: disposal 1 (leave in place); delta frames key out the transparent index.
    w.bytes([0x21, 0xf9, 0x04, p.keyed ? 0x05 : 0x04]);
    w.u16(Math.min(65535, p.delayCs));
    w.bytes([p.keyed ? this.transparent : 0x00, 0x00]);
    // Image descriptor (no local table, not interlaced).
    w.u8(0x2c);
    w.u16(p.rect.x);
    w.u16(p.rect.y);
    w.u16(p.rect.w);
    w.u16(p.rect.h);
    w.u8(0);
    w.u8(this.minCodeSize);
    lzw(p.pixels, this.minCodeSize, w, (this.dict ??= new LzwDictionary()));
    w.u8(0); // block terminator
    this.chunks.push(w.finish());
    this.frames++;
  }
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const full = (w: number, h: number): Rect => ({ x: 0, y: 0, w, h });

/** Bounding box of the pixels that differ, or null when the frames are equal. */
export function changedRect(a: Uint8Array, b: Uint8Array, width: number, height: number): Rect | null {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let first = -1;
    for (let x = 0; x < width; x++) {
      if (a[row + x] !== b[row + x]) {
        first = x;
        break;
      }
    }
    if (first < 0) continue;
    let last = first;
    for (let x = width - 1; x > first; x--) {
      if (a[row + x] !== b[row + x]) {
        last = x;
        break;
      }
    }
    if (first < x0) x0 = first;
    if (last > x1) x1 = last;
    if (y < y0) y0 = y;
    y1 = y;
  }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

function crop(indices: Uint8Array, width: number, r: Rect): Uint8Array {
  if (r.x === 0 && r.w === width) return indices.slice(r.y * width, (r.y + r.h) * width);
  const out = new Uint8Array(r.w * r.h);
  for (let y = 0; y < r.h; y++)
    out.set(indices.subarray((r.y + y) * width + r.x, (r.y + y) * width + r.x + r.w), y * r.w);
  return out;
}

/**
 * GIF's LZW: variable-width codes (minCodeSize + 1 … 12 bits, least significant bit first) in sub-blocks of at most
 * 255 bytes. The dictionary maps (prefix code, next index) → code through a generation-tagged table, so a clear
 * costs nothing.
 */
export class LzwDictionary {
  /** 4 MiB, allocated on the first frame of an encoder (not when the module loads: every player page imports it). */
  readonly table = new Int32Array(4096 * 256);
  generation = 0;
}

function lzw(pixels: Uint8Array, minCodeSize: number, out: ByteWriter, dict: LzwDictionary): void {
  const table = dict.table;
  const clear = 1 << minCodeSize;
  const eoi = clear + 1;
  let codeSize = minCodeSize + 1;
  let next = eoi + 1;
  let generation = 0;
  const gen = () => {
    generation = dict.generation = (dict.generation + 1) & 0x7ffff;
    if (generation === 0) {
      table.fill(0);
      generation = dict.generation = 1;
    }
  };
  gen();
  const block = new Uint8Array(255);
  let blockLen = 0;
  let acc = 0;
  let accBits = 0;
  const emit = (code: number) => {
    acc |= code << accBits;
    accBits += codeSize;
    while (accBits >= 8) {
      block[blockLen++] = acc & 0xff;
      acc >>>= 8;
      accBits -= 8;
      if (blockLen === 255) {
        out.u8(255);
        out.bytes(block);
        blockLen = 0;
      }
    }
  };
  emit(clear);
  if (pixels.length === 0) {
    emit(eoi);
  } else {
    let prefix = pixels[0];
    for (let i = 1; i < pixels.length; i++) {
      const k = pixels[i];
      const key = (prefix << 8) | k;
      const hit = table[key];
      if (hit >>> 12 === generation) {
        prefix = hit & 0xfff;
        continue;
      }
      emit(prefix);
      if (next === 4096) {
        emit(clear);
        codeSize = minCodeSize + 1;
        next = eoi + 1;
        gen();
      } else {
        if (next >= 1 << codeSize) codeSize++;
        table[key] = (generation << 12) | next++;
      }
      prefix = k;
    }
    emit(prefix);
    // The decoder adds an entry for this last code too and widens its codes when the table reaches 1 << codeSize:
    // end-of-information must be written at that width (found by the property test: 18 pixels, 2 colours).
    if (next >= 1 << codeSize && codeSize < 12) codeSize++;
    emit(eoi);
  }
  if (accBits > 0) {
    block[blockLen++] = acc & 0xff;
    if (blockLen === 255) {
      out.u8(255);
      out.bytes(block);
      blockLen = 0;
    }
  }
  if (blockLen > 0) {
    out.u8(blockLen);
    out.bytes(block.subarray(0, blockLen));
  }
}

/** Growable byte buffer. */
class ByteWriter {
  private buf = new Uint8Array(4096);
  private len = 0;
  private room(n: number) {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.len));
    this.buf = grown;
  }
  u8(v: number) {
    this.room(1);
    this.buf[this.len++] = v & 0xff;
  }
  u16(v: number) {
    this.u8(v);
    this.u8(v >>> 8);
  }
  bytes(b: ArrayLike<number>) {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  ascii(s: string) {
    for (let i = 0; i < s.length; i++) this.u8(s.charCodeAt(i));
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}
