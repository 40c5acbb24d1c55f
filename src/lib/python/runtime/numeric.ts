/**
 * int (bigint) and float (number) arithmetic with CPython's exact rules: floor division and modulo take the sign of
 * the divisor, `/` is always a float, `**` with a negative int exponent is a float, int→float conversion overflows
 * with OverflowError.
 */

const MAX_SAFE = 9007199254740992n;

// Exact CPython arithmetic lives in ../format/int-str.ts (it throws PyError; the interpreter converts PyError into
// the Python exception of the same type wherever it notes a traceback entry — see interp/traceback.ts).
export {
  intToFloat,
  intFloorDiv,
  intMod,
  intTrueDiv,
  intDivmod,
  floatTrueDiv,
  floatFloorDiv,
  floatMod,
  floatDivmod,
  floatPow,
  intPow,
  roundFloat,
  roundFloatToInt,
  roundInt,
  floatToInt,
  intToStr
} from '../format/int-str';
/** Exact comparison of an int with a float: -1, 0, 1, or NaN when unordered. */
export function cmpIntFloat(a: bigint, b: number): number {
  if (Number.isNaN(b)) return NaN;
  if (b === Infinity) return -1;
  if (b === -Infinity) return 1;
  if (a >= -MAX_SAFE && a <= MAX_SAFE) {
    const x = Number(a);
    return x < b ? -1 : x > b ? 1 : 0;
  }
  const fl = Math.floor(b);
  const bi = BigInt(fl);
  if (a < bi) return -1;
  if (a > bi) return 1;
  return fl < b ? -1 : 0;
}

/** hash() of an int, as CPython (modulus 2^61-1). */
export function hashInt(a: bigint): bigint {
  const M = (1n << 61n) - 1n;
  const neg = a < 0n;
  let h = (neg ? -a : a) % M;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

export function hashFloat(x: number): bigint {
  if (Number.isInteger(x)) return hashInt(BigInt(x));
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  // CPython's algorithm: x = m * 2^e reduced modulo P.
  const M = (1n << 61n) - 1n;
  const neg = x < 0;
  let a = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(a)) {
    a *= 2;
    e++;
  }
  let m = BigInt(a) % M;
  // divide by 2^e modulo M: multiply by 2^(61 - e mod 61)
  const sh = BigInt((61 - (e % 61)) % 61);
  m = ((m << sh) | (m >> (61n - sh))) & M;
  m %= M;
  let h = neg ? -m : m;
  if (h === -1n) h = -2n;
  return h;
}
