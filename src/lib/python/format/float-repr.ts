// repr()/str() of Python floats and the general double → string conversion
// that CPython's PyOS_double_to_string performs for format(), '%' and repr.
import { scaledRound, shortestDigits, signBit, significantDigits } from './float-digits.js';

export type FloatCode = 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';

export interface DoubleToStringFlags {
  /** Always emit a sign ('+' for non-negatives). */
  alwaysSign?: boolean;
  /** Append '.0' when the result would look like an integer (no exponent). */
  addDot0?: boolean;
  /** '#' alternate form: keep the decimal point and trailing zeros. */
  alt?: boolean;
  /** 'z' option: a value that rounds to zero loses its minus sign. */
  noNegZero?: boolean;
}

/**
 * Equivalent of PyOS_double_to_string(x, code, precision, flags).
 * For 'r' precision is ignored (shortest round-trip digits, exponent outside 1e-4 <= |x| < 1e16).
 * For 'g' a precision of 0 means 1.
 */
export function doubleToString(x: number, code: FloatCode, precision: number, flags: DoubleToStringFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lc = code.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  if (Number.isNaN(x)) return (flags.alwaysSign ? '+' : '') + (upper ? 'NAN' : 'nan');
  let negative = signBit(x);
  if (!Number.isFinite(x)) {
    return (negative ? '-' : flags.alwaysSign ? '+' : '') + (upper ? 'INF' : 'inf');
  }

  // digits: significant digits without trailing zeros ('' or '0' means zero);
  // decpt: position of the decimal point relative to the digit string.
  let digits: string;
  let decpt: number;
  if (lc === 'g' && precision === 0) precision = 1;
  if (x === 0) {
    digits = '0';
    decpt = 1;
  } else if (lc === 'f') {
    const n = scaledRound(x, precision);
    if (n === 0n) {
      digits = '';
      decpt = -precision;
    } else {
      const s = n.toString();
      decpt = s.length - precision;
      digits = s.replace(/0+$/, '');
    }
  } else if (lc === 'r') {
    ({ digits, decpt } = shortestDigits(x));
  } else {
    const nsig = lc === 'e' ? precision + 1 : precision;
    const r = significantDigits(x, nsig);
    digits = r.digits.replace(/0+$/, '');
    decpt = r.exp10 + 1;
  }
  if (flags.noNegZero && negative && (digits === '' || digits === '0')) negative = false;

  // Decide exponent use and the slice [start, end) of the virtual digit string
  // (digits padded with zeros on both sides) that gets printed.
  let useExp = false;
  let end = digits.length;
  const addDot0 = flags.addDot0 ?? false;
  const alt = flags.alt ?? false;
  switch (lc) {
    case 'e':
      useExp = true;
      end = precision + 1;
      break;
    case 'f':
      end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) end = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const start = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) end = Math.max(end, decpt + 1);
  else end = Math.max(end, decpt);

  let body = '';
  for (let i = start; i < end; i++) {
    if (i === decpt) body += '.';
    body += i >= 0 && i < digits.length ? digits[i] : '0';
  }
  if (end === decpt) body += '.';
  if (body.endsWith('.') && !alt) body = body.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    body += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return (negative ? '-' : flags.alwaysSign ? '+' : '') + body;
}

/** repr(float) in Python 3 (shortest round-trip). */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}

/** str(float) — identical to repr since Python 3.2. */
export const floatStr = floatRepr;
