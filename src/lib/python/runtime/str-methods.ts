/**
 * str methods (CPython semantics; indices and lengths are in code points), str.format and `str % args`.
 */
import { percentFormat } from '../format/percent';
import { strIsPrintable } from '../format/str-repr';
import { E, err, indexError, keyError, typeError, valueError } from './exceptions';
import { formatValue } from './format';
import { bindKw, method, nargs, staticMethod } from './natives';
import { toFloatValue, toIntValue } from './core-types';
import { PyBytes, PyDict, PyList, PyObject, PyTuple, T, type PyValue } from './objects';
import {
  asBigInt,
  codePoints,
  dictGet,
  dictSet as dictSetKey,
  getAttr,
  getItem,
  hasAstral,
  iterToArray,
  repr,
  str,
  strLen,
  toIndex,
  typeName
} from './ops';
import { asciiRepr } from './format';

const S = T.str;

function self(a: PyValue[], name: string): string {
  const s = a[0];
  if (typeof s !== 'string')
    throw typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${typeName(s ?? null)}' object`);
  return s;
}
function strArg(v: PyValue | undefined, fname: string, pos = 1): string {
  if (typeof v !== 'string') throw typeError(`${fname}() argument ${pos} must be str, not ${typeName(v ?? null)}`);
  return v;
}
function optInt(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  return Number(toIndex(v));
}

/** [start, end) in code points → JS string offsets, with Python's slice clamping. */
function range(s: string, start: PyValue | undefined, end: PyValue | undefined): [string, number] {
  const n = strLen(s);
  let a = optInt(start, 0);
  let b = optInt(end, n);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  if (b > n) b = n;
  if (a > n) return ['', -1];
  if (!hasAstral(s)) return [s.slice(a, Math.max(a, b)), a];
  const cps = codePoints(s);
  return [cps.slice(a, Math.max(a, b)).join(''), a];
}
function cpIndex(s: string, jsIndex: number): number {
  if (jsIndex < 0 || !hasAstral(s)) return jsIndex;
  return strLen(s.slice(0, jsIndex));
}

const WS = /^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/g;
function isWs(c: string): boolean {
  return /[\s\x1c-\x1f\x85]/.test(c);
}

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === null) {
    if (left && right) return s.replace(WS, '');
    if (left) return s.replace(/^[\s\x1c-\x1f\x85]+/, '');
    return s.replace(/[\s\x1c-\x1f\x85]+$/, '');
  }
  const set = new Set(codePoints(strArg(chars, 'strip')));
  const cps = codePoints(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.has(cps[i]!)) i++;
  if (right) while (j > i && set.has(cps[j - 1]!)) j--;
  return cps.slice(i, j).join('');
}

function split(s: string, sep: PyValue | undefined, maxsplit: number): string[] {
  if (sep === undefined || sep === null) {
    const out: string[] = [];
    let i = 0;
    const n = s.length;
    while (i < n) {
      while (i < n && isWs(s[i]!)) i++;
      if (i >= n) break;
      if (maxsplit >= 0 && out.length >= maxsplit) {
        out.push(s.slice(i).replace(/[\s\x1c-\x1f\x85]+$/, ''));
        return out;
      }
      let j = i;
      while (j < n && !isWs(s[j]!)) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  if (typeof sep !== 'string') throw typeError(`must be str or None, not ${typeName(sep)}`);
  const sp = sep;
  if (sp === '') throw valueError('empty separator');
  if (maxsplit < 0) return s.split(sp);
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(sp, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sp.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplit(s: string, sep: PyValue | undefined, maxsplit: number): string[] {
  if (maxsplit < 0) return split(s, sep, -1);
  if (sep === undefined || sep === null) {
    const out: string[] = [];
    let j = s.length;
    while (j > 0) {
      while (j > 0 && isWs(s[j - 1]!)) j--;
      if (j <= 0) break;
      if (out.length >= maxsplit) {
        out.push(s.slice(0, j).replace(/^[\s\x1c-\x1f\x85]+/, ''));
        break;
      }
      let i = j;
      while (i > 0 && !isWs(s[i - 1]!)) i--;
      out.push(s.slice(i, j));
      j = i;
    }
    return out.reverse();
  }
  const sp = strArg(sep, 'rsplit');
  if (sp === '') throw valueError('empty separator');
  const out: string[] = [];
  let j = s.length;
  while (out.length < maxsplit) {
    const i = s.lastIndexOf(sp, j - sp.length);
    if (i < 0 || j - sp.length < 0) break;
    out.push(s.slice(i + sp.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function pad(s: string, width: number, fill: string, how: 'l' | 'r' | 'c'): string {
  const n = strLen(s);
  if (width <= n) return s;
  const total = width - n;
  if (how === 'l') return s + fill.repeat(total);
  if (how === 'r') return fill.repeat(total) + s;
  // CPython's centering: left = total/2 + (total & width & 1)
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function fillChar(v: PyValue | undefined, fname: string): string {
  if (v === undefined) return ' ';
  if (typeof v !== 'string' || strLen(v) !== 1) {
    throw typeError(`The fill character must be exactly one character long`);
  }
  void fname;
  return v;
}

function isCased(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function title(s: string): string {
  let out = '';
  let prevCased = false;
  for (const c of s) {
    if (isCased(c)) {
      out += prevCased ? c.toLowerCase() : c.toUpperCase();
      prevCased = true;
    } else {
      out += c;
      prevCased = /\p{L}/u.test(c);
    }
  }
  return out;
}

function prefixes(v: PyValue, fname: string): string[] {
  if (typeof v === 'string') return [v];
  if (v instanceof PyTuple) {
    return v.items.map((x) => {
      if (typeof x !== 'string') throw typeError(`tuple for ${fname} must only contain str, not ${typeName(x)}`);
      return x;
    });
  }
  throw typeError(`${fname} first arg must be str or a tuple of str, not ${typeName(v)}`);
}

function splitlines(s: string, keep: boolean): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let i = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(keep ? s.slice(i, m.index + m[0].length) : s.slice(i, m.index));
    i = m.index + m[0].length;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
}

function find(s: string, a: PyValue[], fname: string, rev: boolean): number {
  const sub = strArg(a[1], fname);
  const [hay, off] = range(s, a[2], a[3]);
  if (off < 0) return -1;
  const j = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (j < 0) return -1;
  return off + cpIndex(hay, j);
}

function countSub(s: string, sub: string): number {
  if (sub === '') return strLen(s) + 1;
  let n = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) n++;
  return n;
}

method(S, 'split', (a, kw) => {
  const [sep, ms] = bindKw('split', a, kw, ['sep', 'maxsplit'], 1);
  return new PyList(split(self(a, 'split'), sep, optInt(ms, -1)));
});
method(S, 'rsplit', (a, kw) => {
  const [sep, ms] = bindKw('rsplit', a, kw, ['sep', 'maxsplit'], 1);
  return new PyList(rsplit(self(a, 'rsplit'), sep, optInt(ms, -1)));
});
method(S, 'join', (a) => {
  nargs('str.join', a, 1, 1);
  const sep = self(a, 'join');
  const items = iterToArray(a[1]!);
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== 'string') {
      throw typeError(`sequence item ${i}: expected str instance, ${typeName(items[i]!)} found`);
    }
  }
  return (items as string[]).join(sep);
});
method(S, 'strip', (a) => stripChars(self(a, 'strip'), a[1], true, true));
method(S, 'lstrip', (a) => stripChars(self(a, 'lstrip'), a[1], true, false));
method(S, 'rstrip', (a) => stripChars(self(a, 'rstrip'), a[1], false, true));
method(S, 'upper', (a) => self(a, 'upper').toUpperCase());
method(S, 'lower', (a) => self(a, 'lower').toLowerCase());
method(S, 'casefold', (a) => self(a, 'casefold').toLowerCase().replace(/ß/g, 'ss'));
method(S, 'swapcase', (a) =>
  Array.from(self(a, 'swapcase'))
    .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
    .join('')
);
method(S, 'title', (a) => title(self(a, 'title')));
method(S, 'capitalize', (a) => {
  const cps = codePoints(self(a, 'capitalize'));
  if (!cps.length) return '';
  return cps[0]!.toUpperCase() + cps.slice(1).join('').toLowerCase();
});
method(S, 'replace', (a) => {
  const s = self(a, 'replace');
  const old = strArg(a[1], 'replace', 1);
  const nw = strArg(a[2], 'replace', 2);
  let count = optInt(a[3], -1);
  if (count < 0) {
    if (old === '') return codePoints(s).reduce((acc, c) => acc + c + nw, nw);
    return s.split(old).join(nw);
  }
  if (old === '') {
    const cps = codePoints(s);
    let out = '';
    let i = 0;
    for (; i < cps.length && count > 0; i++, count--) out += nw + cps[i];
    if (count > 0) out += nw;
    return out + cps.slice(i).join('');
  }
  let out = '';
  let i = 0;
  while (count > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
    count--;
  }
  return out + s.slice(i);
});
method(S, 'startswith', (a) => {
  const [s] = range(self(a, 'startswith'), a[2], a[3]);
  return prefixes(a[1]!, 'startswith').some((p) => s.startsWith(p));
});
method(S, 'endswith', (a) => {
  const [s] = range(self(a, 'endswith'), a[2], a[3]);
  return prefixes(a[1]!, 'endswith').some((p) => s.endsWith(p));
});
method(S, 'find', (a) => BigInt(find(self(a, 'find'), a, 'find', false)));
method(S, 'rfind', (a) => BigInt(find(self(a, 'rfind'), a, 'rfind', true)));
method(S, 'index', (a) => {
  const r = find(self(a, 'index'), a, 'index', false);
  if (r < 0) throw valueError('substring not found');
  return BigInt(r);
});
method(S, 'rindex', (a) => {
  const r = find(self(a, 'rindex'), a, 'rindex', true);
  if (r < 0) throw valueError('substring not found');
  return BigInt(r);
});
method(S, 'count', (a) => {
  const [s] = range(self(a, 'count'), a[2], a[3]);
  return BigInt(countSub(s, strArg(a[1], 'count')));
});
method(S, 'center', (a) => pad(self(a, 'center'), Number(toIndex(a[1]!)), fillChar(a[2], 'center'), 'c'));
method(S, 'ljust', (a) => pad(self(a, 'ljust'), Number(toIndex(a[1]!)), fillChar(a[2], 'ljust'), 'l'));
method(S, 'rjust', (a) => pad(self(a, 'rjust'), Number(toIndex(a[1]!)), fillChar(a[2], 'rjust'), 'r'));
method(S, 'zfill', (a) => {
  const s = self(a, 'zfill');
  const w = Number(toIndex(a[1]!));
  const n = strLen(s);
  if (w <= n) return s;
  const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
  return sign + '0'.repeat(w - n) + s.slice(sign.length);
});
method(S, 'partition', (a) => {
  const s = self(a, 'partition');
  const sep = strArg(a[1], 'partition');
  if (!sep) throw valueError('empty separator');
  const i = s.indexOf(sep);
  return i < 0 ? new PyTuple([s, '', '']) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
method(S, 'rpartition', (a) => {
  const s = self(a, 'rpartition');
  const sep = strArg(a[1], 'rpartition');
  if (!sep) throw valueError('empty separator');
  const i = s.lastIndexOf(sep);
  return i < 0 ? new PyTuple(['', '', s]) : new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
method(S, 'splitlines', (a, kw) => {
  const [keep] = bindKw('splitlines', a, kw, ['keepends'], 1);
  return new PyList(
    splitlines(self(a, 'splitlines'), keep !== undefined && keep !== null && keep !== false && keep !== 0n)
  );
});
method(S, 'removeprefix', (a) => {
  const s = self(a, 'removeprefix');
  const p = strArg(a[1], 'removeprefix');
  return p && s.startsWith(p) ? s.slice(p.length) : s;
});
method(S, 'removesuffix', (a) => {
  const s = self(a, 'removesuffix');
  const p = strArg(a[1], 'removesuffix');
  return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});
method(S, 'expandtabs', (a) => {
  const s = self(a, 'expandtabs');
  const ts = optInt(a[1], 8);
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      const n = ts > 0 ? ts - (col % ts) : 0;
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
});
const pred = (name: string, re: RegExp, emptyFalse = true) =>
  method(S, name, (a) => {
    const s = self(a, name);
    if (s === '' && emptyFalse) return false;
    return re.test(s);
  });
pred('isdigit', /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u);
pred('isdecimal', /^\p{Nd}+$/u);
pred(
  'isnumeric',
  /^[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104]+$/u
);
pred('isalpha', /^[\p{L}\p{Nl}]+$/u);
pred('isalnum', /^[\p{L}\p{N}]+$/u);
pred('isspace', /^[\s\x1c-\x1f\x85]+$/);
pred('isascii', /^[\x00-\x7f]*$/, false);
pred('isidentifier', /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u);
method(S, 'isupper', (a) => {
  const s = self(a, 'isupper');
  return /\p{Lu}|\p{Lt}/u.test(s) && s === s.toUpperCase() && !/\p{Ll}/u.test(s);
});
method(S, 'islower', (a) => {
  const s = self(a, 'islower');
  return /\p{Ll}/u.test(s) && s === s.toLowerCase();
});
method(S, 'istitle', (a) => {
  const s = self(a, 'istitle');
  return /[\p{Lu}\p{Lt}]/u.test(s) && title(s) === s;
});
method(S, 'isprintable', (a) => strIsPrintable(self(a, 'isprintable')));
method(S, 'encode', (a) => new PyBytes(new TextEncoder().encode(self(a, 'encode'))));
method(S, 'format', (a, kw) => strFormat(self(a, 'format'), a.slice(1), kw));
method(S, 'format_map', (a) => strFormat(self(a, 'format_map'), [], null, a[1]!));
method(S, '__len__', (a) => BigInt(strLen(self(a, '__len__'))));
method(S, '__str__', (a) => self(a, '__str__'));
method(S, '__repr__', (a) => repr(self(a, '__repr__')));
method(S, '__contains__', (a) => self(a, '__contains__').includes(strArg(a[1], '__contains__')));
method(S, '__getitem__', (a) => getItem(a[0]!, a[1]!));
/** str.maketrans(dict) / (from, to[, delete]): the code-point table str.translate reads. */
staticMethod(S, 'maketrans', (a) => {
  const d = new PyDict();
  if (a.length === 1) {
    if (!(a[0] instanceof PyDict)) throw typeError('if you give only one argument to maketrans it must be a dict');
    for (const e of a[0].map.values()) {
      const k = typeof e.k === 'string' ? BigInt(e.k.codePointAt(0)!) : e.k;
      dictSetKey(d, k, e.v);
    }
    return d;
  }
  const x = codePoints(strArg(a[0], 'maketrans'));
  const y = codePoints(strArg(a[1], 'maketrans'));
  if (x.length !== y.length) throw valueError('the first two maketrans arguments must have equal length');
  x.forEach((c, i) => dictSetKey(d, BigInt(c.codePointAt(0)!), BigInt(y[i]!.codePointAt(0)!)));
  if (a.length > 2)
    for (const c of codePoints(strArg(a[2], 'maketrans'))) dictSetKey(d, BigInt(c.codePointAt(0)!), null);
  return d;
});
method(S, 'translate', (a) => {
  const s = self(a, 'translate');
  const table = a[1]!;
  let out = '';
  for (const c of s) {
    let r: PyValue | undefined;
    if (table instanceof PyDict) r = dictGet(table, BigInt(c.codePointAt(0)!));
    else throw typeError('translate table must be a dict in aioscope');
    if (r === undefined) out += c;
    else if (r === null) continue;
    else if (typeof r === 'string') out += r;
    else out += String.fromCodePoint(Number(asBigInt(r)));
  }
  return out;
});

T.str.ctor = (_cls, a, kw) => {
  if (a.length === 0 && !kw) return '';
  const v = a.length ? a[0]! : (kw?.get('object') ?? '');
  if (v instanceof PyBytes && (a.length > 1 || kw)) return new TextDecoder().decode(v.data);
  return str(v);
};

// ------------------------------------------------------------------------------------------------ str.format

/** PEP 3101 str.format / format_map. */
export function strFormat(fmt: string, args: PyValue[], kw: Map<string, PyValue> | null, mapping?: PyValue): string {
  let out = '';
  let auto = 0;
  let manual = false;
  let i = 0;
  const n = fmt.length;
  const lookup = (field: string): PyValue => {
    // first part: index or name, then .attr / [key] chains
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    const head = m[1]!;
    let rest = m[2]!;
    let v: PyValue;
    if (head === '') {
      if (manual) throw valueError('cannot switch from manual field specification to automatic field numbering');
      const k = auto++;
      if (k >= args.length) throw indexError(`Replacement index ${k} out of range for positional args tuple`);
      v = args[k]!;
    } else if (/^\d+$/.test(head)) {
      if (auto > 0) throw valueError('cannot switch from automatic field numbering to manual field specification');
      manual = true;
      const k = Number(head);
      if (k >= args.length) throw indexError(`Replacement index ${k} out of range for positional args tuple`);
      v = args[k]!;
    } else if (mapping !== undefined) {
      v = getItem(mapping, head);
    } else {
      const x = kw?.get(head);
      if (x === undefined) throw keyError(head);
      v = x;
    }
    while (rest) {
      let mm = /^\.([^.[]+)/.exec(rest);
      if (mm) {
        v = getAttr(v, mm[1]!);
        rest = rest.slice(mm[0].length);
        continue;
      }
      mm = /^\[([^\]]+)\]/.exec(rest);
      if (mm) {
        const key = /^\d+$/.test(mm[1]!) ? BigInt(mm[1]!) : mm[1]!;
        v = getItem(v, key);
        rest = rest.slice(mm[0].length);
        continue;
      }
      throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    return v;
  };
  while (i < n) {
    const c = fmt[i]!;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      // find matching close brace (nested braces allowed in the spec)
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= n) throw valueError("expected '}' before end of string");
      const inner = fmt.slice(i + 1, j);
      let field = inner;
      let conv: string | null = null;
      let spec = '';
      const colon = findTopLevel(inner, ':');
      if (colon >= 0) {
        spec = inner.slice(colon + 1);
        field = inner.slice(0, colon);
      }
      const bang = field.indexOf('!');
      if (bang >= 0) {
        conv = field.slice(bang + 1);
        field = field.slice(0, bang);
        if (conv.length !== 1 || !'rsa'.includes(conv)) {
          throw valueError(
            conv.length !== 1 ? "expected ':' after conversion specifier" : `Unknown conversion specifier ${conv}`
          );
        }
      }
      let v = lookup(field);
      if (conv === 'r') v = repr(v);
      else if (conv === 's') v = str(v);
      else if (conv === 'a') v = asciiRepr(v);
      if (spec.includes('{')) spec = strFormatNested(spec, lookup);
      out += formatValue(v, spec);
      i = j + 1;
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw valueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

function findTopLevel(s: string, ch: string): number {
  let depth = 0;
  let inBracket = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '[') inBracket = true;
    else if (c === ']') inBracket = false;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ch && depth === 0 && !inBracket) return i;
  }
  return -1;
}

function strFormatNested(spec: string, lookup: (f: string) => PyValue): string {
  return spec.replace(/\{([^{}]*)\}/g, (_m, f: string) => str(lookup(f)));
}

// ------------------------------------------------------------------------------------------------ str % args

method(S, '__mod__', (a) => strPercent(a[0] as string, a[1]!));

function strPercent(fmt: string, args: PyValue): string {
  return percentFormat(
    fmt,
    args instanceof PyTuple
      ? { kind: 'tuple', items: args.items }
      : {
          kind: 'single',
          value: args,
          isMapping:
            args instanceof PyObject &&
            !(args instanceof PyTuple) &&
            typeof args !== 'string' &&
            (args instanceof PyDict || args.cls.lookup('__getitem__') !== undefined) &&
            !(args instanceof PyList && false)
        },
    {
      str: (v) => str(v as PyValue),
      repr: (v) => repr(v as PyValue),
      ascii: (v) => asciiRepr(v as PyValue),
      typeName: (v) => typeName(v as PyValue),
      toInt: (v, how) => {
        try {
          return how === 'int' ? toIntValue(v as PyValue) : toIndex(v as PyValue);
        } catch {
          return undefined;
        }
      },
      toFloat: (v) => {
        try {
          return toFloatValue(v as PyValue);
        } catch {
          return undefined;
        }
      },
      getItem: (m, k) => getItem(m as PyValue, k)
    }
  );
}

export { err, E };
