// Exact decimal digit generation for IEEE-754 doubles.
// Every double is m * 2^e exactly, so all rounding here is done on that exact
// value with BigInt arithmetic and round-half-even, like CPython's dtoa.c
// (JS toFixed/toPrecision are not reliable for this: they mis-round some
// halfway cases and cap precision at 100 digits).

const view = new DataView(new ArrayBuffer(8));

/** |x| = mant * 2^exp exactly, for finite x. mant is 0n for ±0. */
export function decompose(x: number): { mant: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mant: frac, exp: -1074 };
  return { mant: frac | (1n << 52n), exp: biased - 1075 };
}

/** True when the sign bit is set (distinguishes -0.0 from 0.0). */
export function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return (view.getUint32(0) & 0x80000000) !== 0;
}

const pow10Cache: bigint[] = [1n];
export function pow10(k: number): bigint {
  for (let i = pow10Cache.length; i <= k; i++) pow10Cache.push(pow10Cache[i - 1] * 10n);
  return pow10Cache[k];
}

/** num/den rounded to the nearest integer, ties to even. num, den >= 0, den > 0. */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round_half_even(|x| * 10^k) for finite x and any integer k. */
export function scaledRound(x: number, k: number): bigint {
  const { mant, exp } = decompose(x);
  if (mant === 0n) return 0n;
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  return divRoundHalfEven(num, den);
}

/**
 * The first n significant decimal digits of |x| (x finite, non-zero), correctly
 * rounded half-even, as `digits` (exactly n chars) and the decimal exponent of
 * the first digit: |x| ≈ d.ddd × 10^exp10.
 */
export function significantDigits(x: number, n: number): { digits: string; exp10: number } {
  const { mant, exp } = decompose(x);
  // Find e with 10^e <= |x| < 10^(e+1) exactly (log10 is only an estimate).
  let e = Math.floor(Math.log10(Math.abs(x)));
  const atLeastPow10 = (k: number): boolean => {
    let lhs = mant;
    let rhs = 1n;
    if (exp >= 0) lhs <<= BigInt(exp);
    else rhs <<= BigInt(-exp);
    if (k >= 0) rhs *= pow10(k);
    else lhs *= pow10(-k);
    return lhs >= rhs;
  };
  while (!atLeastPow10(e)) e -= 1;
  while (atLeastPow10(e + 1)) e += 1;
  const q = scaledRound(x, n - 1 - e);
  // Rounding up may carry into a new digit: 9.99... -> 10.0...
  if (q === pow10(n)) return { digits: pow10(n - 1).toString(), exp10: e + 1 };
  return { digits: q.toString(), exp10: e };
}

/**
 * Shortest digit string that round-trips (CPython repr / dtoa mode 0), with
 * decpt such that |x| = 0.d1d2... × 10^decpt. x finite and non-zero.
 * V8's Number#toString implements the shortest-and-closest algorithm, which is
 * exactly what dtoa mode 0 produces; we only re-parse its layout.
 */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  const s = Math.abs(x).toString();
  const eAt = s.indexOf('e');
  const mantissa = eAt < 0 ? s : s.slice(0, eAt);
  const expPart = eAt < 0 ? 0 : Number(s.slice(eAt + 1));
  const dot = mantissa.indexOf('.');
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot < 0 ? '' : mantissa.slice(dot + 1);
  let all = intPart + fracPart;
  let decpt = intPart.length + expPart;
  const lead = all.length - all.replace(/^0+/, '').length;
  all = all.slice(lead);
  decpt -= lead;
  all = all.replace(/0+$/, '');
  return { digits: all, decpt };
}

/** Number of bits of n >= 0. */
export function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** x * 2^e without intermediate overflow/underflow (only the final step can round). */
export function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/**
 * num / den (both > 0) correctly rounded to a double (ties to even), Infinity
 * past the double range. q = floor(num / (den * 2^shift)) carries >= 2 bits
 * beyond the final precision (also for subnormal results, where shift is
 * clamped) plus a sticky bit for a non-zero remainder, so Number(q) rounds
 * exactly once and the power-of-two scaling is exact or a single final rounding.
 */
export function ratioToDouble(num: bigint, den: bigint): number {
  const shift = Math.max(bitLength(num) - bitLength(den) - 55, -1076);
  if (shift > 1100) return Infinity;
  if (shift < 0) num <<= BigInt(-shift);
  else den <<= BigInt(shift);
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  return ldexp(Number(q), shift);
}
