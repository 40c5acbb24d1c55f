// Python int/float arithmetic helpers whose exact semantics JS does not give
// for free: int → str (incl. the 4300-digit limit), bin/oct/hex, float → int,
// round(), floor division / modulo / divmod with Python's sign rules,
// correctly rounded int / int, float ** with CPython's special cases.
// Errors are thrown as PyError with CPython 3.11's exception type and text.
import { PyError } from './errors.js';
import { bitLength, pow10, ratioToDouble, scaledRound, signBit } from './float-digits.js';
import { powPositive } from './float-pow.js';

/** sys.get_int_max_str_digits() default (CPython >= 3.11). */
export const INT_MAX_STR_DIGITS = 4300;

/** str(n): decimal digits, honouring the default 4300-digit conversion limit. */
export function intToStr(n: bigint): string {
  const s = n.toString();
  const digits = n < 0n ? s.length - 1 : s.length;
  if (digits > INT_MAX_STR_DIGITS) {
    throw new PyError(
      'ValueError',
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`
    );
  }
  return s;
}

/** Digits of n in base 2..36 (lowercase), '-' for negatives, no prefix. Base 10 applies the digit limit. */
export function intToBase(n: bigint, base: number): string {
  if (base === 10) return intToStr(n);
  if (!Number.isInteger(base) || base < 2 || base > 36) throw new RangeError('base must be 2..36');
  return n.toString(base);
}

function prefixed(n: bigint, base: number, prefix: string): string {
  return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base);
}
/** bin(n) → '-0b101' */
export const intBin = (n: bigint): string => prefixed(n, 2, '0b');
/** oct(n) → '0o17' */
export const intOct = (n: bigint): string => prefixed(n, 8, '0o');
/** hex(n) → '0xff' */
export const intHex = (n: bigint): string => prefixed(n, 16, '0x');

/** float.is_integer() */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** int(x) for a float: truncation toward zero. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** str(int(x)) for a float. */
export function floatToIntStr(x: number): string {
  return intToStr(floatToInt(x));
}

/** float(n) for an int: correctly rounded, OverflowError past the double range. */
export function intToFloat(n: bigint): number {
  const x = Number(n); // BigInt → Number rounds to nearest, ties to even
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
  return x;
}

// ---------------------------------------------------------------- round()

/** round(x) for a float: nearest int, ties to even. */
export function roundFloatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  const fl = Math.floor(x);
  const diff = x - fl; // exact for every double
  let r = fl;
  if (diff > 0.5 || (diff === 0.5 && fl % 2 !== 0)) r = fl + 1;
  return BigInt(r);
}

const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** round(x, ndigits) for a float: correctly rounded (half-even on the exact binary value). */
export function roundFloat(x: number, ndigits: bigint): number {
  if (!Number.isFinite(x)) return x; // nans and infinities round to themselves
  if (ndigits > BigInt(NDIGITS_MAX)) return x;
  if (ndigits < BigInt(NDIGITS_MIN)) return signBit(x) ? -0 : 0;
  if (x === 0) return x;
  const nd = Number(ndigits);
  const q = scaledRound(x, nd);
  const magnitude = Number(`${q}e${-nd}`); // decimal → double is correctly rounded in JS
  if (!Number.isFinite(magnitude)) throw new PyError('OverflowError', 'rounded value too large to represent');
  return signBit(x) ? -magnitude : magnitude;
}

/** round(n, ndigits) for an int (ties to even); round(n) and ndigits >= 0 return n. */
export function roundInt(n: bigint, ndigits?: bigint): bigint {
  if (ndigits === undefined || ndigits >= 0n) return n;
  // 10**k > 2|n| once k exceeds n's bit length: everything rounds to 0 (and we
  // avoid building 10**k for absurd k).
  if (-ndigits > BigInt(bitLength(n < 0n ? -n : n) + 1)) return 0n;
  const p = pow10(Number(-ndigits));
  const [q0, r] = intDivmod(n, p);
  let q = q0;
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) q += 1n;
  return q * p;
}

// ----------------------------------------------------- int // % divmod /

/** a // b for ints. */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** a % b for ints (result has the sign of b). */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyError('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

/** divmod(a, b) for ints. */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** a / b for ints: correctly rounded like CPython's long_true_divide. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyError('ZeroDivisionError', 'division by zero');
  const negative = a < 0n !== b < 0n;
  if (a === 0n) return negative ? -0 : 0;
  const na = a < 0n ? -a : a;
  const nb = b < 0n ? -b : b;
  const LIM = 1n << 53n;
  // Both exact as doubles: one IEEE division is already correctly rounded.
  const mag = na <= LIM && nb <= LIM ? Number(na) / Number(nb) : ratioToDouble(na, nb);
  if (!Number.isFinite(mag)) throw new PyError('OverflowError', 'integer division result too large for a float');
  return negative ? -mag : mag;
}

// --------------------------------------------------- float / // % divmod

/** a / b for floats. */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** Python's float divmod core (CPython _float_div_mod); b != 0. */
function floatDivModRaw(vx: number, wx: number): [number, number] {
  // C truthiness: NaN counts as non-zero, so test `!== 0` (JS `if (NaN)` is false).
  let mod = vx % wx; // JS % on numbers is C fmod, exactly
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = signBit(wx) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = signBit(vx / wx) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** a // b for floats. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float floor division by zero');
  return floatDivModRaw(a, b)[0];
}

/** a % b for floats (sign of b). */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else {
    mod = signBit(b) ? -0 : 0;
  }
  return mod;
}

/** divmod(a, b) for floats. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw new PyError('ZeroDivisionError', 'float divmod()');
  return floatDivModRaw(a, b);
}

// ------------------------------------------------------------------ pow

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x % 2) === 1;
}

/** a ** b for floats (CPython float_pow, same special cases and errors). */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    if (iw < 0) throw new PyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return isOddInteger(iw) ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      throw new PyError('ComplexResult', 'negative number cannot be raised to a fractional power');
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const ix = powPositive(iv, iw);
  if (!Number.isFinite(ix)) throw new PyError('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -ix : ix;
}

/** a ** b for ints: an int for b >= 0, else float pow of the converted operands. */
const INT_POW_MAX_BITS = 1n << 24n;

export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  // a result beyond ~16M bits takes V8 minutes (or exceeds its BigInt size): stop at once instead of hanging
  if ((a > 1n || a < -1n) && b * BigInt(bitLength(a < 0n ? -a : a) - 1) > INT_POW_MAX_BITS)
    throw new PyError('OverflowError', 'integer too large');
  return a ** b;
}
