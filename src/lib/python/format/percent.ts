// printf-style formatting: `fmt % args` for str (CPython 3.11
// PyUnicode_Format semantics and error texts). Python values of the builtin
// scalar types arrive as bigint/number/boolean/string; anything else is only
// touched through the hooks the interpreter provides.
import { FormatError, PyError } from './errors.js';
import { doubleToString, type FloatCode } from './float-repr.js';
import { intToBase } from './int-str.js';

export interface PercentHooks {
  /** str(v) */
  str(v: unknown): string;
  /** repr(v) */
  repr(v: unknown): string;
  /** ascii(v); defaults to repr(v) with non-ASCII code points escaped. */
  ascii?(v: unknown): string;
  /** type(v).__name__, for error messages. */
  typeName(v: unknown): string;
  /**
   * Integer value of a non-builtin object for %d/%i/%u (how='int', like int(v))
   * or %o/%x/%X/'*' (how='index', like operator.index(v)); undefined when the
   * object does not support it.
   */
  toInt?(v: unknown, how: 'int' | 'index'): bigint | undefined;
  /** float(v) for a non-builtin object, or undefined when unsupported. */
  toFloat?(v: unknown): number | undefined;
  /** mapping[key] for %(key)s; should throw the interpreter's own KeyError. */
  getItem(mapping: unknown, key: string): unknown;
}

/**
 * The right operand of `%`: a tuple supplies positional arguments; any other
 * single value is one argument, and is also usable for %(key)s when it is a
 * mapping (CPython: PyMapping_Check and not tuple/str — dict, list, ...).
 */
export type PercentArgs =
  { kind: 'tuple'; items: readonly unknown[] } | { kind: 'single'; value: unknown; isMapping: boolean };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;
const MAX_SSIZE = (1n << 63n) - 1n;

function typeNameOf(v: unknown, hooks: PercentHooks): string {
  switch (typeof v) {
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
    default:
      return hooks.typeName(v);
  }
}

function truncTowardZero(x: number): bigint {
  if (Number.isNaN(x)) throw new PyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** Integer value for %d-style conversions (int(v)) or %x-style ones (index(v)). */
function integerArg(v: unknown, conv: string, hooks: PercentHooks): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  const byIndex = conv === 'o' || conv === 'x' || conv === 'X';
  if (typeof v === 'number' && !byIndex) return truncTowardZero(v);
  if (typeof v !== 'number' && typeof v !== 'string' && hooks.toInt) {
    const r = hooks.toInt(v, byIndex ? 'index' : 'int');
    if (r !== undefined) return r;
  }
  const name = typeNameOf(v, hooks);
  throw new FormatError(
    'TypeError',
    byIndex
      ? `%${conv} format: an integer is required, not ${name}`
      : `%${conv} format: a real number is required, not ${name}`
  );
}

function floatArg(v: unknown, hooks: PercentHooks): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const x = Number(v);
    if (!Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
    return x;
  }
  if (typeof v !== 'string' && hooks.toFloat) {
    const r = hooks.toFloat(v);
    if (r !== undefined) return r;
  }
  throw new FormatError('TypeError', `must be real number, not ${typeNameOf(v, hooks)}`);
}

function charArg(v: unknown, hooks: PercentHooks): string {
  if (typeof v === 'string') {
    const cps = Array.from(v);
    if (cps.length !== 1) throw new FormatError('TypeError', '%c requires int or char');
    return v;
  }
  let n: bigint | undefined;
  if (typeof v === 'bigint') n = v;
  else if (typeof v === 'boolean') n = v ? 1n : 0n;
  else if (typeof v !== 'number' && hooks.toInt) n = hooks.toInt(v, 'index');
  if (n === undefined) throw new FormatError('TypeError', '%c requires int or char');
  if (n < 0n || n > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(n));
}

/** `fmt % args` */
export function percentFormat(fmt: string, args: PercentArgs, hooks: PercentHooks): string {
  const cps = Array.from(fmt);
  const end = cps.length;
  const dict = args.kind === 'single' && args.isMapping ? args.value : undefined;
  const hasDict = args.kind === 'single' && args.isMapping;
  // CPython's cursor: arglen -1 means "one non-tuple value", argidx -2 means
  // "that value not yet used"; a %(key) lookup installs its result the same way.
  let current: unknown = args.kind === 'tuple' ? undefined : args.value;
  let arglen = args.kind === 'tuple' ? args.items.length : -1;
  let argidx = args.kind === 'tuple' ? 0 : -2;
  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? current : (args as { items: readonly unknown[] }).items[i];
    }
    throw new FormatError('TypeError', 'not enough arguments for format string');
  };
  const starInt = (): number => {
    const v = nextArg();
    let n: bigint;
    if (typeof v === 'bigint') n = v;
    else if (typeof v === 'boolean') n = v ? 1n : 0n;
    else throw new FormatError('TypeError', '* wants int');
    if (n > MAX_SSIZE || n < -MAX_SSIZE - 1n) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C ssize_t');
    }
    return Number(n);
  };

  let out = '';
  let pos = 0;
  while (pos < end) {
    const c0 = cps[pos];
    if (c0 !== '%') {
      out += c0;
      pos++;
      continue;
    }
    pos++;
    if (pos < end && cps[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    const incomplete = (): never => {
      throw new FormatError('ValueError', 'incomplete format');
    };
    if (pos < end && cps[pos] === '(') {
      pos++;
      const keyStart = pos;
      let depth = 1;
      while (pos < end && depth > 0) {
        if (cps[pos] === ')') depth--;
        else if (cps[pos] === '(') depth++;
        pos++;
      }
      if (depth > 0) throw new FormatError('ValueError', 'incomplete format key');
      const key = cps.slice(keyStart, pos - 1).join('');
      if (!hasDict) throw new FormatError('TypeError', 'format requires a mapping');
      current = hooks.getItem(dict, key);
      arglen = -1;
      argidx = -2;
    }
    let flags = 0;
    for (; pos < end; pos++) {
      const c = cps[pos];
      if (c === '-') flags |= F_LJUST;
      else if (c === '+') flags |= F_SIGN;
      else if (c === ' ') flags |= F_BLANK;
      else if (c === '#') flags |= F_ALT;
      else if (c === '0') flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (pos < end && cps[pos] === '*') {
      width = starInt();
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
    } else {
      while (pos < end && cps[pos] >= '0' && cps[pos] <= '9') {
        width = (width < 0 ? 0 : width) * 10 + (cps[pos].charCodeAt(0) - 48);
        if (width > Number.MAX_SAFE_INTEGER / 10) throw new FormatError('ValueError', 'width too big');
        pos++;
      }
    }
    let prec = -1;
    if (pos < end && cps[pos] === '.') {
      pos++;
      prec = 0;
      if (pos < end && cps[pos] === '*') {
        prec = Math.max(0, starInt());
        pos++;
      } else {
        while (pos < end && cps[pos] >= '0' && cps[pos] <= '9') {
          prec = prec * 10 + (cps[pos].charCodeAt(0) - 48);
          if (prec > Number.MAX_SAFE_INTEGER / 10) throw new FormatError('ValueError', 'precision too big');
          pos++;
        }
      }
    }
    if (pos < end && (cps[pos] === 'h' || cps[pos] === 'l' || cps[pos] === 'L')) pos++;
    if (pos >= end) incomplete();
    const conv = cps[pos];
    const convIndex = pos;
    pos++;
    const v = nextArg();
    out += formatOne(v, conv, convIndex, flags, width, prec, hooks);
  }
  if (argidx < arglen && !hasDict) {
    throw new FormatError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function formatOne(
  v: unknown,
  conv: string,
  convIndex: number,
  flags: number,
  width: number,
  prec: number,
  hooks: PercentHooks
): string {
  let body: string;
  let numeric = false;
  switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      body =
        conv === 's'
          ? hooks.str(v)
          : conv === 'r'
            ? hooks.repr(v)
            : (hooks.ascii ?? ((x) => asciiEscape(hooks.repr(x))))(v);
      if (prec >= 0) {
        const cps = Array.from(body);
        if (cps.length > prec) body = cps.slice(0, prec).join('');
      }
      break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      numeric = true;
      const n = integerArg(v, conv, hooks);
      const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
      let digits = intToBase(n < 0n ? -n : n, base); // base 10: 4300-digit limit
      if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
      let prefix = flags & F_ALT && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
      if (conv === 'X') {
        digits = digits.toUpperCase();
        prefix = prefix.toUpperCase();
      }
      body = (n < 0n ? '-' : '') + prefix + digits;
      break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      numeric = true;
      const x = floatArg(v, hooks);
      body = doubleToString(x, conv as FloatCode, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
      break;
    }
    case 'c':
      body = charArg(v, hooks);
      break;
    default: {
      const cp = conv.codePointAt(0)!;
      const shown = cp < 128 ? conv : '?';
      throw new FormatError(
        'ValueError',
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${convIndex}`
      );
    }
  }
  return pad(body, numeric, conv, flags, width);
}

/** Sign, '0x' prefix, and padding (unicode_format_arg_output). */
function pad(body: string, numeric: boolean, conv: string, flags: number, width: number): string {
  let sign = '';
  let rest = body;
  if (numeric) {
    if (rest[0] === '-' || rest[0] === '+') {
      sign = rest[0];
      rest = rest.slice(1);
    } else if (flags & F_SIGN) sign = '+';
    else if (flags & F_BLANK) sign = ' ';
  }
  let prefix = '';
  if (numeric && flags & F_ALT && (conv === 'x' || conv === 'X' || conv === 'o')) {
    prefix = rest.slice(0, 2);
    rest = rest.slice(2);
  }
  const len = sign.length + prefix.length + Array.from(rest).length;
  const padding = Math.max(0, width - len);
  if (flags & F_LJUST) return sign + prefix + rest + ' '.repeat(padding);
  if (numeric && flags & F_ZERO) return sign + prefix + '0'.repeat(padding) + rest;
  return ' '.repeat(padding) + sign + prefix + rest;
}
