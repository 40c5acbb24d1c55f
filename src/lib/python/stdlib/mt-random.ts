// A bit-exact reimplementation of CPython 3.11's random.Random: the MT19937
// core of Modules/_randommodule.c (init_genrand, init_by_array, genrand_uint32,
// random(), getrandbits(), seeding from int/str/bytes/float) and the pure
// Python methods of Lib/random.py built on it. Same seed + same calls => the
// same numbers as CPython. Pure: no Math.random, no clock, no I/O.
//
// API conventions: Python ints are bigint; sequences are represented by their
// length and results are indices (choice/sample/choices), or an array shuffled
// in place (shuffle). Errors are PyError with CPython's exception type + text.
import { PyError } from '../format/errors.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** Seeds accepted by seed(): int, str, bytes/bytearray, float (hashed like CPython). */
export type RandomSeed = bigint | string | Uint8Array | number;

/**
 * Invariants: `mt` holds 624 uint32 state words; 0 <= mti <= 624 (624 = the
 * next draw regenerates the block); gaussNext is the cached second value of
 * gauss() or null, reset by seed().
 */
export class MTRandom {
  private readonly mt = new Uint32Array(N);
  private mti = N;
  private gaussNext: number | null = null;

  /**
   * `new MTRandom()` / seed() without a value: CPython would seed from OS
   * entropy, which a deterministic simulator cannot reproduce; we seed with 0
   * instead (same stream as random.seed(0)).
   */
  constructor(seed?: RandomSeed) {
    this.seed(seed);
  }

  // ------------------------------------------------------------ seeding

  /** random.seed(a) with version=2 (the default). */
  seed(a?: RandomSeed): void {
    let n: bigint;
    if (a === undefined) n = 0n;
    else if (typeof a === 'bigint') n = a;
    else if (typeof a === 'number') {
      // C random_seed uses (size_t)hash(a): a negative hash wraps modulo 2**64.
      const h = hashFloat(a);
      n = h < 0n ? h + (1n << 64n) : h;
    } else {
      // version 2: int.from_bytes(a + sha512(a).digest(), 'big')
      const bytes = typeof a === 'string' ? new TextEncoder().encode(a) : a;
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes, 0);
      all.set(sha512(bytes), bytes.length);
      n = 0n;
      for (const b of all) n = (n << 8n) | BigInt(b);
    }
    this.seedInt(n < 0n ? -n : n); // ints: abs(a)
    this.gaussNext = null;
  }

  /** C random_seed: abs(n) split into little-endian 32-bit words, then init_by_array. */
  private seedInt(n: bigint): void {
    const key: number[] = [];
    while (n > 0n) {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  // ------------------------------------------------------------- core

  /** genrand_uint32: the next 32-bit output of MT19937. */
  genrandUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): a 53-bit float in [0, 1) from two draws. */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** getrandbits(k) */
  getrandbits(k: number | bigint): bigint {
    const bits = Number(k);
    if (bits < 0) throw new PyError('ValueError', 'number of bits must be non-negative');
    if (bits === 0) return 0n;
    if (bits <= 32) return BigInt(this.genrandUint32() >>> (32 - bits));
    // 32-bit words from least to most significant; the last one keeps its top bits.
    let result = 0n;
    let shift = 0n;
    for (let left = bits; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  // ------------------------------------------------- integer methods

  /** _randbelow_with_getrandbits(n): uniform in [0, n) for n > 0. */
  randbelow(n: bigint): bigint {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randrange(stop) / randrange(start, stop[, step]) with 3.11's error texts. */
  randrange(start: bigint, stop?: bigint, step: bigint = 1n): bigint {
    if (stop === undefined) {
      if (step !== 1n) throw new PyError('TypeError', 'Missing a non-None stop argument');
      if (start > 0n) return this.randbelow(start);
      throw new PyError('ValueError', 'empty range for randrange()');
    }
    const width = stop - start;
    if (step === 1n) {
      if (width > 0n) return start + this.randbelow(width);
      throw new PyError('ValueError', `empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: bigint;
    if (step > 0n) n = floorDiv(width + step - 1n, step);
    else if (step < 0n) n = floorDiv(width + step + 1n, step);
    else throw new PyError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new PyError('ValueError', 'empty range for randrange()');
    return start + step * this.randbelow(n);
  }

  /** randint(a, b): randrange(a, b + 1). */
  randint(a: bigint, b: bigint): bigint {
    return this.randrange(a, b + 1n);
  }

  // ------------------------------------------------ sequence methods

  /** choice(seq) → index into a sequence of length len. */
  choice(len: number): number {
    if (len === 0) throw new PyError('IndexError', 'Cannot choose from an empty sequence');
    return Number(this.randbelow(BigInt(len)));
  }

  /** shuffle(x) in place (Fisher–Yates from the end, as CPython). */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i >= 1; i--) {
      const j = Number(this.randbelow(BigInt(i + 1)));
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /** The permutation shuffle() applies to [0, 1, ..., n-1]. */
  shuffledIndices(n: number): number[] {
    const a = Array.from({ length: n }, (_, i) => i);
    this.shuffle(a);
    return a;
  }

  /** sample(population, k) → k distinct indices into a population of size n. */
  sample(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw new PyError('ValueError', 'Sample larger than population or is negative');
    const result: number[] = new Array<number>(k);
    let setsize = 21; // size of a small set minus size of an empty list
    // 4 ** ceil(log(k * 3, 4)): the smallest power of 4 >= 3k (never equal),
    // computed exactly instead of through floating-point logarithms.
    if (k > 5) {
      let p = 1;
      while (p < k * 3) p *= 4;
      setsize += p;
    }
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = Number(this.randbelow(BigInt(n - i)));
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      const bn = BigInt(n);
      for (let i = 0; i < k; i++) {
        let j = Number(this.randbelow(bn));
        while (selected.has(j)) j = Number(this.randbelow(bn));
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * choices(population, weights=None, *, cum_weights=None, k=1) → indices.
   * Weights are Python floats (int weights below 2**53 accumulate identically).
   */
  choices(n: number, k: number, weights?: readonly number[], cumWeights?: readonly number[]): number[] {
    const out: number[] = [];
    if (cumWeights === undefined) {
      if (weights === undefined) {
        for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
        return out;
      }
      let acc = 0;
      cumWeights = weights.map((w, i) => (acc = i === 0 ? w : acc + w));
    } else if (weights !== undefined) {
      throw new PyError('TypeError', 'Cannot specify both weights and cumulative weights');
    }
    if (cumWeights.length !== n) {
      throw new PyError('ValueError', 'The number of weights does not match the population');
    }
    const total = cumWeights[n - 1] + 0.0;
    if (!(total > 0.0)) throw new PyError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new PyError('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) out.push(bisectRight(cumWeights, this.random() * total, 0, hi));
    return out;
  }

  // ------------------------------------------------ real-valued methods

  /** uniform(a, b) = a + (b - a) * random() */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /**
   * normalvariate(mu, sigma) (Kinderman–Monahan). Uses Math.log, which can
   * differ from the C library in the last bit in rare cases.
   */
  normalvariate(mu = 0.0, sigma = 1.0): number {
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -Math.log(u2)) return mu + z * sigma;
    }
  }

  /**
   * gauss(mu, sigma) (Box–Muller, caching the second value). Uses
   * Math.log/cos/sin/sqrt: results can differ from CPython in the last bit in
   * rare cases (the number of draws consumed is always the same).
   */
  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }
}

/** random.NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0), the exact double CPython computes. */
const NV_MAGICCONST = 1.7155277699214135;
const TWOPI = 6.283185307179586;

function bitLength(n: bigint): number {
  return n <= 0n ? 0 : n.toString(2).length;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** bisect.bisect_right(a, x, lo, hi) */
function bisectRight(a: readonly number[], x: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < a[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// ----------------------------------------------------- hash(float) seeds

const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython's hash(x) for a float (used by seed(float)); NaN hashes by identity, so it is refused. */
export function hashFloat(x: number): bigint {
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot seed from a NaN: its hash is not deterministic');
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (x === 0) return 0n;
  // |x| = mant * 2^exp; 2^61 ≡ 1 (mod 2^61 - 1), so 2^-k ≡ 2^(61 - k mod 61).
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  const e = exp >= 0 ? exp % 61 : (61 - (-exp % 61)) % 61;
  let h = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

// ------------------------------------------------------------- SHA-512

const K512: readonly bigint[] = [
  '428a2f98d728ae22',
  '7137449123ef65cd',
  'b5c0fbcfec4d3b2f',
  'e9b5dba58189dbbc',
  '3956c25bf348b538',
  '59f111f1b605d019',
  '923f82a4af194f9b',
  'ab1c5ed5da6d8118',
  'd807aa98a3030242',
  '12835b0145706fbe',
  '243185be4ee4b28c',
  '550c7dc3d5ffb4e2',
  '72be5d74f27b896f',
  '80deb1fe3b1696b1',
  '9bdc06a725c71235',
  'c19bf174cf692694',
  'e49b69c19ef14ad2',
  'efbe4786384f25e3',
  '0fc19dc68b8cd5b5',
  '240ca1cc77ac9c65',
  '2de92c6f592b0275',
  '4a7484aa6ea6e483',
  '5cb0a9dcbd41fbd4',
  '76f988da831153b5',
  '983e5152ee66dfab',
  'a831c66d2db43210',
  'b00327c898fb213f',
  'bf597fc7beef0ee4',
  'c6e00bf33da88fc2',
  'd5a79147930aa725',
  '06ca6351e003826f',
  '142929670a0e6e70',
  '27b70a8546d22ffc',
  '2e1b21385c26c926',
  '4d2c6dfc5ac42aed',
  '53380d139d95b3df',
  '650a73548baf63de',
  '766a0abb3c77b2a8',
  '81c2c92e47edaee6',
  '92722c851482353b',
  'a2bfe8a14cf10364',
  'a81a664bbc423001',
  'c24b8b70d0f89791',
  'c76c51a30654be30',
  'd192e819d6ef5218',
  'd69906245565a910',
  'f40e35855771202a',
  '106aa07032bbd1b8',
  '19a4c116b8d2d0c8',
  '1e376c085141ab53',
  '2748774cdf8eeb99',
  '34b0bcb5e19b48a8',
  '391c0cb3c5c95a63',
  '4ed8aa4ae3418acb',
  '5b9cca4f7763e373',
  '682e6ff3d6b2b8a3',
  '748f82ee5defb2fc',
  '78a5636f43172f60',
  '84c87814a1f0ab72',
  '8cc702081a6439ec',
  '90befffa23631e28',
  'a4506cebde82bde9',
  'bef9a3f7b2c67915',
  'c67178f2e372532b',
  'ca273eceea26619c',
  'd186b8c721c0c207',
  'eada7dd6cde0eb1e',
  'f57d4f7fee6ed178',
  '06f067aa72176fba',
  '0a637dc5a2c898a6',
  '113f9804bef90dae',
  '1b710b35131c471b',
  '28db77f523047d84',
  '32caab7b40c72493',
  '3c9ebe0a15c9bebc',
  '431d67c49c100d4c',
  '4cc5d4becb3e42b6',
  '597f299cfc657e2a',
  '5fcb6fab3ad6faec',
  '6c44198c4a475817'
].map((h) => BigInt('0x' + h));

const H512: readonly bigint[] = [
  '6a09e667f3bcc908',
  'bb67ae8584caa73b',
  '3c6ef372fe94f82b',
  'a54ff53a5f1d36f1',
  '510e527fade682d1',
  '9b05688c2b3e6c1f',
  '1f83d9abfb41bd6b',
  '5be0cd19137e2179'
].map((h) => BigInt('0x' + h));

const MASK64 = (1n << 64n) - 1n;
const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK64;

/** SHA-512 (FIPS 180-4) of `data`. Small and BigInt-based: seeding hashes a few bytes only. */
export function sha512(data: Uint8Array): Uint8Array {
  const bitLen = BigInt(data.length) * 8n;
  const padded = new Uint8Array(Math.ceil((data.length + 17) / 128) * 128);
  padded.set(data);
  padded[data.length] = 0x80;
  for (let i = 0; i < 16; i++) padded[padded.length - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  const h = [...H512];
  const w: bigint[] = new Array<bigint>(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + t * 8 + b]);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK64 & g);
      const t1 = (hh + S1 + ch + K512[t] + w[t]) & MASK64;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    const add = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] + add[i]) & MASK64;
  }
  const out = new Uint8Array(64);
  for (let i = 0; i < 8; i++) {
    for (let b = 0; b < 8; b++) out[i * 8 + b] = Number((h[i] >> BigInt(56 - 8 * b)) & 0xffn);
  }
  return out;
}
