/**
 * Decoding the body of a Python string or bytes literal exactly as CPython does (Objects/unicodeobject.c
 * _PyUnicode_DecodeUnicodeEscapeInternal and Objects/bytesobject.c _PyBytes_DecodeEscape): the same escapes, the
 * same treatment of unknown escapes (kept with their backslash), octal escapes above 0o377 (kept in str, truncated to
 * a byte in bytes). \N{name} needs the Unicode name database, which we do not ship: it is reported as unsupported.
 */

/** Thrown by the decoders; the lexer turns it into a ParseError at the literal. */
export class EscapeError extends Error {
  constructor(
    message: string,
    /** true when the literal is valid Python that we do not support (\N{...}) */
    readonly unsupported = false
  ) {
    super(message);
  }
}

const SIMPLE: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v'
};

function isOct(c: number): boolean {
  return c >= 48 && c <= 55;
}

function hexValue(s: string, from: number, count: number): number {
  if (from + count > s.length) return -1;
  let v = 0;
  for (let k = from; k < from + count; k++) {
    const c = s.charCodeAt(k);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

/** Decode a non-raw str literal body. */
export function decodeStrEscapes(s: string): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const bs = s.indexOf('\\', i);
    if (bs < 0) {
      out += s.slice(i);
      break;
    }
    out += s.slice(i, bs);
    i = bs + 1;
    if (i >= n) {
      // Only reachable for f-string chunks ending right before a brace; keep the backslash.
      out += '\\';
      break;
    }
    const ch = s[i] as string;
    const simple = SIMPLE[ch];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    const c = s.charCodeAt(i);
    if (isOct(c)) {
      let v = c - 48;
      i++;
      for (let k = 0; k < 2 && i < n && isOct(s.charCodeAt(i)); k++, i++) v = v * 8 + (s.charCodeAt(i) - 48);
      out += String.fromCodePoint(v);
      continue;
    }
    if (ch === 'x' || ch === 'u' || ch === 'U') {
      const count = ch === 'x' ? 2 : ch === 'u' ? 4 : 8;
      const v = hexValue(s, i + 1, count);
      if (v < 0) {
        const pos = bs;
        throw new EscapeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos}-${Math.min(n, i + count) - 1}: truncated \\${ch}${'X'.repeat(count)} escape`
        );
      }
      if (v > 0x10ffff) {
        throw new EscapeError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${bs}-${i + count}: illegal Unicode character`
        );
      }
      out += String.fromCodePoint(v);
      i += 1 + count;
      continue;
    }
    if (ch === 'N') throw new EscapeError('the \\N{...} escape', true);
    // Unknown escape: CPython keeps the backslash (and warns).
    out += '\\';
  }
  return out;
}

/** Decode a bytes literal body (raw or not). The caller has checked every character is ASCII. */
export function decodeBytes(s: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c !== 92 || raw) {
      out.push(c);
      i++;
      continue;
    }
    i++;
    const ch = s[i] as string;
    const simple = SIMPLE[ch];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i++;
      continue;
    }
    const d = s.charCodeAt(i);
    if (isOct(d)) {
      let v = d - 48;
      i++;
      for (let k = 0; k < 2 && i < n && isOct(s.charCodeAt(i)); k++, i++) v = v * 8 + (s.charCodeAt(i) - 48);
      out.push(v & 0xff);
      continue;
    }
    if (ch === 'x') {
      const v = hexValue(s, i + 1, 2);
      if (v < 0) throw new EscapeError(`(value error) invalid \\x escape at position ${i - 1}`);
      out.push(v);
      i += 3;
      continue;
    }
    out.push(92);
  }
  return Uint8Array.from(out);
}
