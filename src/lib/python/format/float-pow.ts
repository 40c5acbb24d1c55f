// x ** y for finite x > 0 (x != 1, y != 0, both finite), correctly rounded.
// CPython calls the C library's pow; glibc's is correctly rounded except in
// rare cases (its documented bound is 0.52 ulp: ~1 in 1000 random fractional
// powers differ from ours by 1 ulp). V8's Math.pow is much worse (about 7% of
// random inputs differ in the last bit, integer exponents included). So:
//  - integer exponents (|y| <= 4096): exact BigInt power of x = m * 2^e, rounded once;
//  - other exponents: exp(y * ln x) in 160-bit fixed point, then rounded once.
//    The error (~2^-145 relative) can only matter for results within that
//    distance of a rounding midpoint, which a double x ** y practically never is.
import { decompose, ratioToDouble } from './float-digits.js';

const F = 160n; // fractional bits of the fixed-point numbers below
const ONE = 1n << F;

/** 2 * atanh(u) for fixed-point |u| <= ~0.2: 2 * (u + u^3/3 + u^5/5 + ...). */
function twoAtanh(u: bigint): bigint {
  const u2 = (u * u) >> F;
  let term = u;
  let sum = u;
  for (let k = 3n; term !== 0n; k += 2n) {
    term = (term * u2) / ONE; // truncates toward zero, so negative terms also reach 0
    sum += term / k;
  }
  return 2n * sum;
}

const LN2 = twoAtanh(ONE / 3n); // ln 2 = 2 atanh(1/3)

/** ln(x) in fixed point for finite x > 0. */
function lnFixed(x: number): bigint {
  const { mant, exp } = decompose(x);
  // Normalise x = t * 2^k with t in [1, 2), t as fixed point.
  const bits = mant.toString(2).length;
  let t = mant << (F - BigInt(bits - 1));
  let k = BigInt(exp + bits - 1);
  // Move t into [0.75, 1.5) so u = (t-1)/(t+1) stays small (|u| < 0.2).
  if (t > ONE + (ONE >> 1n)) {
    t >>= 1n;
    k += 1n;
  }
  const u = ((t - ONE) << F) / (t + ONE);
  return twoAtanh(u) + k * LN2;
}

/** exp(z) for fixed-point z, as [mantissa (fixed point, in [~0.7, ~1.42)), power of two]. */
function expFixed(z: bigint): [bigint, bigint] {
  // z = n ln2 + r with |r| <= ln2 / 2.
  let n = z / LN2;
  let r = z - n * LN2;
  if (r > LN2 >> 1n) {
    r -= LN2;
    n += 1n;
  } else if (r < -(LN2 >> 1n)) {
    r += LN2;
    n -= 1n;
  }
  let sum = ONE;
  let term = ONE;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * r) / (i << F);
    sum += term;
  }
  return [sum, n];
}

function powFractional(x: number, y: number): number {
  const estimate = y * Math.log(x);
  if (estimate > 720) return Infinity;
  if (estimate < -760) return 0;
  const { mant: ym, exp: ye } = decompose(y);
  let z = lnFixed(x) * ym;
  z = ye >= 0 ? z << BigInt(ye) : z >> BigInt(-ye); // arithmetic shift: floor, fine at 2^-160
  if (y < 0) z = -z;
  const [m, n] = expFixed(z);
  let num = m;
  let den = ONE;
  if (n >= 0n) num <<= n;
  else den <<= -n;
  return ratioToDouble(num, den);
}

function powInteger(x: number, y: number): number {
  const { mant, exp } = decompose(x);
  // Decide overflow/underflow cheaply before building huge integers.
  const log2 = Math.log2(x) * y;
  if (log2 > 1030) return Infinity;
  if (log2 < -1080) return 0;
  const p = mant ** BigInt(Math.abs(y));
  const e2 = exp * y;
  let num = y > 0 ? p : 1n;
  let den = y > 0 ? 1n : p;
  if (e2 >= 0) num <<= BigInt(e2);
  else den <<= BigInt(-e2);
  return ratioToDouble(num, den);
}

/** x ** y for finite x > 0, x != 1, finite y != 0; Infinity on overflow, 0 on underflow. */
export function powPositive(x: number, y: number): number {
  if (y === 0.5) return Math.sqrt(x); // sqrt is correctly rounded
  if (Number.isInteger(y) && Math.abs(y) <= 4096) return powInteger(x, y);
  return powFractional(x, y);
}
