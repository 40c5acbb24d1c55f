// Python's format-spec mini-language (format(), str.format, f-strings) for
// int (bigint), bool, float (number) and str, following CPython 3.11's
// Python/formatter_unicode.c: same parse order, same layout rules (including
// zero padding that is itself grouped: format(1234, '08,') == '0,001,234'),
// same error texts. Lengths and widths count code points, as Python does.
import { FormatError, PyError } from './errors.js';
import { doubleToString, floatRepr, type FloatCode } from './float-repr.js';
import { intToBase, intToStr } from './int-str.js';

export interface FormatSpec {
  /** One code point. */
  fill: string;
  align: '<' | '>' | '=' | '^';
  sign: '+' | '-' | ' ' | '';
  noNegZero: boolean;
  alt: boolean;
  /** -1 when not given. */
  width: number;
  /** '_' with b/o/x/X groups by four. */
  grouping: '' | ',' | '_';
  /** -1 when not given. */
  precision: number;
  /** '' when not given. */
  type: string;
}

const MAX_SSIZE = (1n << 63n) - 1n;
const ND = /\p{Nd}/u;

/** Value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), or -1. */
function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !ND.test(String.fromCodePoint(cp))) return -1;
  // Nd code points come in complete, contiguous runs of 0..9.
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

function codeRepr(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp > 32 && cp < 128 ? ch : '\\x' + cp.toString(16);
}

/**
 * parse_internal_render_format_spec. defaultAlign is '>' for numbers and '<'
 * for str; defaultType is 's' for str, 'd' for int and '' for float (it only
 * matters for the grouping check); typeName feeds the "Invalid format specifier" message.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultAlign: '<' | '>', defaultType = ''): FormatSpec {
  const cps = Array.from(spec);
  const n = cps.length;
  let pos = 0;
  const out: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNegZero: false,
    alt: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType
  };
  const isAlign = (c: string | undefined): c is FormatSpec['align'] => c === '<' || c === '>' || c === '=' || c === '^';
  let fillSpecified = false;
  let alignSpecified = false;
  if (n - pos >= 2 && isAlign(cps[pos + 1])) {
    out.align = cps[pos + 1] as FormatSpec['align'];
    out.fill = cps[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (n - pos >= 1 && isAlign(cps[pos])) {
    out.align = cps[pos] as FormatSpec['align'];
    alignSpecified = true;
    pos += 1;
  }
  if (pos < n && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) {
    out.sign = cps[pos] as '+' | '-' | ' ';
    pos++;
  }
  if (pos < n && cps[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (pos < n && cps[pos] === '#') {
    out.alt = true;
    pos++;
  }
  // '0' before the width: zero fill, and '=' alignment for numbers only.
  if (!fillSpecified && pos < n && cps[pos] === '0') {
    out.fill = '0';
    if (!alignSpecified && defaultAlign === '>') out.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let acc = 0n;
    let count = 0;
    while (pos < n) {
      const d = decimalValue(cps[pos].codePointAt(0)!);
      if (d < 0) break;
      acc = acc * 10n + BigInt(d);
      if (acc > MAX_SSIZE) throw new FormatError('ValueError', 'Too many decimal digits in format string');
      pos++;
      count++;
    }
    return count === 0 ? -1 : Number(acc);
  };
  out.width = readInt();
  if (pos < n && cps[pos] === ',') {
    out.grouping = ',';
    pos++;
  }
  if (pos < n && cps[pos] === '_') {
    if (out.grouping !== '') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    out.grouping = '_';
    pos++;
  }
  if (pos < n && cps[pos] === ',') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
  if (pos < n && cps[pos] === '.') {
    pos++;
    out.precision = readInt();
    if (out.precision < 0) throw new FormatError('ValueError', 'Format specifier missing precision');
  }
  if (n - pos > 1) {
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (n - pos === 1) out.type = cps[pos];
  if (out.grouping !== '') {
    const t = out.type;
    const ok =
      t === '' ||
      'defgEGF%'.includes(t) ||
      (out.grouping === '_' && (t === 'b' || t === 'o' || t === 'x' || t === 'X'));
    if (!ok) throw new FormatError('ValueError', `Cannot specify '${out.grouping}' with '${codeRepr(t)}'.`);
  }
  // Absurd widths would make CPython raise MemoryError; don't try to build them.
  if (out.width > 0x3fffffff || out.precision > 0x3fffffff) throw new PyError('MemoryError', '');
  return out;
}

function unknownType(type: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Unknown format code '${codeRepr(type)}' for object of type '${typeName}'`);
}

function cpLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Insert separators every `size` digits from the right, first left-padding
 * with zeros (themselves grouped) until at least minWidth characters
 * (_PyUnicode_InsertThousandsGrouping). size 0 means no grouping.
 */
function groupDigits(digits: string, minWidth: number, size: number, sep: string): string {
  if (size === 0) return '0'.repeat(Math.max(0, minWidth - digits.length)) + digits;
  let remaining = digits.length;
  let width = Math.max(0, minWidth);
  let end = digits.length;
  const parts: string[] = [];
  for (;;) {
    const len = Math.min(size, Math.max(remaining, width, 1));
    const chars = Math.max(0, Math.min(remaining, len));
    const zeros = Math.max(0, len - remaining);
    parts.push('0'.repeat(zeros) + digits.slice(end - chars, end));
    end -= chars;
    remaining -= chars;
    width -= size;
    if (remaining <= 0 && width <= 0) break;
    width -= sep.length;
  }
  return parts.reverse().join(sep);
}

/**
 * Lay out | lpad sign prefix spad grouped-digits [decimal remainder] rpad |
 * (calc_number_widths + fill_number). `digits` is the integer part, `rest` is
 * everything after it (".5e+10", "%", a 'c' character...).
 */
function layoutNumber(
  spec: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  groupSize: number
): string {
  let sign = '';
  if (spec.sign === '+') sign = negative ? '-' : '+';
  else if (spec.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + cpLength(rest);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  const sep = spec.grouping === '' ? '' : spec.grouping;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, sep === '' ? 0 : groupSize, sep);
  const padding = spec.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    if (spec.align === '<') rpad = padding;
    else if (spec.align === '^') {
      lpad = Math.floor(padding / 2);
      rpad = padding - lpad;
    } else if (spec.align === '=') spad = padding;
    else lpad = padding;
  }
  const f = spec.fill;
  return f.repeat(lpad) + sign + prefix + f.repeat(spad) + grouped + rest + f.repeat(rpad);
}

/** int → float as CPython's PyLong_AsDouble: correctly rounded, OverflowError past DBL_MAX. */
function intToFloatChecked(v: bigint): number {
  const x = Number(v);
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
  return x;
}

function formatFloatParsed(x: number, spec: FormatSpec, typeName: string): string {
  const type = spec.type;
  if (!(type === '' || 'eEfFgGn%'.includes(type))) throw unknownType(type, typeName);
  let code: FloatCode;
  let defaultPrecision = 6;
  let addDot0 = false;
  let pct = false;
  if (type === '') {
    code = 'r';
    defaultPrecision = 0;
    addDot0 = true;
  } else if (type === 'n') code = 'g';
  else if (type === '%') {
    code = 'f';
    x *= 100; // in binary floating point, exactly as CPython does
    pct = true;
  } else code = type as FloatCode;
  let precision = spec.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (code === 'r') code = 'g';
  let s = doubleToString(x, code, precision, { alt: spec.alt, addDot0, noNegZero: spec.noNegZero });
  if (pct) s += '%';
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const m = /^[0-9]*/.exec(s)!;
  const digits = m[0];
  const rest = s.slice(digits.length);
  return layoutNumber(spec, negative, '', digits, rest, 3);
}

/** format(x, spec) for a Python float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  return formatFloatParsed(x, parseFormatSpec(spec, typeName, '>'), typeName);
}

function formatIntParsed(v: bigint, spec: FormatSpec, typeName: string): string {
  const type = spec.type;
  if ('eEfFgG%'.includes(type)) return formatFloatParsed(intToFloatChecked(v), spec, typeName);
  if (!'bcdoxXn'.includes(type)) throw unknownType(type, typeName);
  if (spec.precision !== -1) {
    throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  }
  if (spec.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (type === 'c') {
    if (spec.sign !== '') {
      throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alt) {
      throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (v > MAX_SSIZE || v < -MAX_SSIZE - 1n) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    }
    if (v < 0n || v > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(spec, false, '', '', String.fromCodePoint(Number(v)), 3);
  }
  const base = type === 'b' ? 2 : type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  const negative = v < 0n;
  let digits = intToBase(negative ? -v : v, base); // base 10: 4300-digit limit
  let prefix = spec.alt && base !== 10 ? '0' + (base === 2 ? 'b' : base === 8 ? 'o' : 'x') : '';
  if (type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  // 'n' uses the current locale; the interpreter always runs in the C locale (no grouping).
  return layoutNumber(spec, negative, prefix, digits, '', base === 10 ? 3 : 4);
}

/** format(v, spec) for a Python int; typeName is used in error messages (e.g. 'bool'). */
export function formatInt(v: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToStr(v);
  return formatIntParsed(v, parseFormatSpec(spec, typeName, '>', 'd'), typeName);
}

/** format(b, spec) for a Python bool: str(b) for an empty spec, else formatted as the int 0/1. */
export function formatBool(b: boolean, spec: string): string {
  if (spec === '') return b ? 'True' : 'False';
  return formatInt(b ? 1n : 0n, spec, 'bool');
}

/** format(s, spec) for a Python str. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const p = parseFormatSpec(spec, typeName, '<', 's');
  if (p.type !== 's') throw unknownType(p.type, typeName);
  if (p.sign === ' ') throw new FormatError('ValueError', 'Space not allowed in string format specifier');
  if (p.sign !== '') throw new FormatError('ValueError', 'Sign not allowed in string format specifier');
  if (p.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (p.alt) throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (p.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  let cps = Array.from(s);
  if (p.precision >= 0 && cps.length > p.precision) cps = cps.slice(0, p.precision);
  const len = cps.length;
  const total = Math.max(len, p.width);
  const lpad = p.align === '>' ? total - len : p.align === '^' ? Math.floor((total - len) / 2) : 0;
  const rpad = total - len - lpad;
  return p.fill.repeat(lpad) + cps.join('') + p.fill.repeat(rpad);
}

/** format(v, spec) dispatching on the JS representation of the Python value. */
export function formatValue(v: bigint | number | boolean | string, spec: string): string {
  switch (typeof v) {
    case 'bigint':
      return formatInt(v, spec);
    case 'number':
      return formatFloat(v, spec);
    case 'boolean':
      return formatBool(v, spec);
    default:
      return formatStr(v, spec);
  }
}
