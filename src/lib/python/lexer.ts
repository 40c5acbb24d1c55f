/**
 * Hand-written Python 3.12 tokenizer (the job of CPython's Parser/tokenizer.c): INDENT/DEDENT from a stack of
 * indentation columns (tabs to multiples of 8, checked against tab-as-1 for TabError), implicit line joining inside
 * brackets, backslash continuation, comments, string literals with every prefix and triple quotes (escapes decoded
 * here), f-strings pre-split into literal chunks and replacement fields (PEP 701 rules: nested quotes of any kind),
 * numbers (ints as bigint).
 *
 * Scanning is char-code based with no per-character regexes (regexes only for non-ASCII identifier characters), so
 * tokenizing is linear and fast. Positions: `line` 1-based, `col` 0-based in code points (like CPython's columns in
 * characters), `start`/`end` are UTF-16 indices into the source for slicing.
 *
 * Invariants of Lexer: `lineStart` is the index of the first character of line `line`; `brackets` holds the open
 * brackets of the current logical line (empty at every NEWLINE); `indents[0] === 0` and it is strictly increasing.
 */
import type { Literal } from './ast';
import { ParseError } from './parse-error';
import type { ErrorCode, ErrorParams } from '../errors/catalog';
import { decodeBytes, decodeStrEscapes, EscapeError } from './string-escapes';

export type TokenType = 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER';

export interface Token {
  type: TokenType;
  /** NAME: the (NFKC-normalized) identifier; OP: the operator; others: the source text. */
  value: string;
  start: number;
  end: number;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** NUMBER only */
  num?: Literal;
  /** STRING only */
  str?: StrInfo;
}

export interface StrInfo {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Decoded value of a str/bytes literal (null for f-strings). */
  value: string | Uint8Array | null;
  /** Literal chunks and replacement fields of an f-string (null otherwise). */
  parts: FPart[] | null;
}

/** A literal chunk of an f-string: decoded text; start/end are source indices of its raw text. */
export interface FLit {
  kind: 'lit';
  value: string;
  start: number;
  end: number;
}

/** A replacement field `{expr=!c:spec}`; start is the index of `{`, end is just past `}`. */
export interface FField {
  kind: 'field';
  start: number;
  end: number;
  exprStart: number;
  exprEnd: number;
  /** The `expr=` text (from after `{` through the `=` and following spaces) of a debugging field, else null. */
  debug: { text: string; start: number; end: number } | null;
  /** -1 none, else the char code of s / r / a */
  conversion: number;
  /** The format spec's parts; specStart is the index of `:`, specEnd of the closing `}`. */
  spec: { parts: FPart[]; start: number; end: number } | null;
}

export type FPart = FLit | FField;

/** The source text plus a line table, for turning indices into (line, col). */
export class Source {
  readonly text: string;
  /** lineStarts[k] = index of the first character of line k+1 */
  readonly lineStarts: number[];
  /** Whether any character outside the BMP occurs (then columns must count code points, not UTF-16 units). */
  readonly astral: boolean;

  constructor(text: string) {
    this.text = text;
    const ls = [0];
    let k = text.indexOf('\n');
    while (k >= 0) {
      ls.push(k + 1);
      k = text.indexOf('\n', k + 1);
    }
    this.lineStarts = ls;
    this.astral = /[\uD800-\uDBFF]/.test(text);
  }

  lineOf(index: number): number {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((ls[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Column (code points) of `index` on line `line`. */
  colOf(index: number, line: number): number {
    const ls = this.lineStarts[line - 1] as number;
    if (!this.astral) return index - ls;
    let col = 0;
    for (let k = ls; k < index; k++) {
      const c = this.text.charCodeAt(k);
      if (c < 0xdc00 || c > 0xdfff) col++;
    }
    return col;
  }

  pos(index: number): { line: number; col: number } {
    const line = this.lineOf(index);
    return { line, col: this.colOf(index, line) };
  }
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield'
]);

const ID_START = /[\p{ID_Start}_]/u;
const ID_CONTINUE = /[\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA]/u;
const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdContinue(c: number): boolean {
  return isAsciiIdStart(c) || (c >= 48 && c <= 57);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
/** Words a number may be glued to (CPython accepts them with a deprecation warning). */
const NUMBER_SUFFIX_KEYWORDS = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export interface TokenizeOptions {
  /** Tokenize only text[start, end) (f-string replacement fields). */
  start?: number;
  end?: number;
  /** Treat the range as if inside brackets: no NEWLINE/INDENT/DEDENT (f-string replacement fields). */
  inBrackets?: boolean;
}

export function tokenize(src: Source, file: string, opts: TokenizeOptions = {}): Token[] {
  return new Lexer(src, file, opts).run();
}

interface OpenBracket {
  ch: string;
  line: number;
  col: number;
}

class Lexer {
  private readonly text: string;
  private i: number;
  private readonly end: number;
  private line: number;
  private lineStart: number;
  private readonly toks: Token[] = [];
  private readonly brackets: OpenBracket[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly inBrackets: boolean;

  constructor(
    private readonly src: Source,
    private readonly file: string,
    opts: TokenizeOptions
  ) {
    this.text = src.text;
    this.i = opts.start ?? 0;
    this.end = opts.end ?? this.text.length;
    this.line = src.lineOf(this.i);
    this.lineStart = src.lineStarts[this.line - 1] as number;
    this.inBrackets = opts.inBrackets ?? false;
  }

  private col(index: number): number {
    if (!this.src.astral) return index - this.lineStart;
    return this.src.colOf(index, this.line);
  }

  private fail(code: ErrorCode, params: ErrorParams, index: number): never {
    const p = this.src.pos(index);
    throw new ParseError(code, params, this.file, p.line, p.col);
  }

  private failAt(code: ErrorCode, params: ErrorParams, line: number, col: number): never {
    throw new ParseError(code, params, this.file, line, col);
  }

  private push(type: TokenType, value: string, start: number, end: number, line: number, col: number): Token {
    // Tokens never contain a newline except strings, whose end position the caller has tracked in this.line.
    // num/str always present so every token has one hidden class (keeps property access monomorphic)
    const t: Token = {
      type,
      value,
      start,
      end,
      line,
      col,
      endLine: this.line,
      endCol: this.col(end),
      num: undefined,
      str: undefined
    };
    this.toks.push(t);
    return t;
  }

  private newlineAt(index: number): void {
    this.line++;
    this.lineStart = index + 1;
  }

  run(): Token[] {
    const text = this.text;
    const end = this.end;
    let atLineStart = !this.inBrackets;
    let lineHasTokens = false;
    while (true) {
      if (atLineStart) {
        atLineStart = false;
        if (!this.indentation()) {
          // blank or comment-only line: no tokens, no NEWLINE
        }
      }
      // skip blanks
      let c = 0;
      while (this.i < end) {
        c = text.charCodeAt(this.i);
        if (c === 32 || c === 9 || c === 12) this.i++;
        else break;
      }
      if (this.i >= end) break;
      const start = this.i;
      if (c === 35) {
        // '#': comment to end of line
        const nl = text.indexOf('\n', start);
        this.i = nl < 0 || nl > end ? end : nl;
        continue;
      }
      if (c === 10) {
        if (this.brackets.length === 0 && !this.inBrackets) {
          if (lineHasTokens) {
            this.push('NEWLINE', '\n', start, start + 1, this.line, this.col(start));
            const t = this.toks[this.toks.length - 1] as Token;
            t.endCol = t.col + 1;
            lineHasTokens = false;
          }
          this.i++;
          this.newlineAt(start);
          atLineStart = true;
        } else {
          this.i++;
          this.newlineAt(start);
        }
        continue;
      }
      if (c === 92) {
        // backslash continuation
        if (text.charCodeAt(start + 1) === 10) {
          this.i = start + 2;
          this.newlineAt(start + 1);
          if (this.i >= end) this.fail('AIO-P020', {}, this.i);
          continue;
        }
        if (start + 1 >= end) this.fail('AIO-P020', {}, start + 1);
        this.fail('AIO-P014', {}, start + 1);
      }
      lineHasTokens = true;
      if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(start + 1)))) {
        this.number(start);
        continue;
      }
      if (c === 34 || c === 39) {
        this.string(start, start, '');
        continue;
      }
      if (isAsciiIdStart(c) || c >= 128) {
        this.name(start);
        continue;
      }
      this.operator(start, c);
    }
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1] as OpenBracket;
      this.failAt('AIO-P009', { bracket: b.ch }, b.line, b.col);
    }
    if (!this.inBrackets) {
      if (lineHasTokens) this.push('NEWLINE', '', end, end, this.line, this.col(end));
      while (this.indents.length > 1) {
        this.indents.pop();
        this.altIndents.pop();
        this.push('DEDENT', '', end, end, this.line, this.col(end));
      }
    }
    this.push('ENDMARKER', '', end, end, this.line, this.col(end));
    return this.toks;
  }

  /** At the start of a logical line: measure indentation, emit INDENT/DEDENT. Returns false for a blank line. */
  private indentation(): boolean {
    const text = this.text;
    let j = this.i;
    let col = 0;
    let alt = 0;
    while (j < this.end) {
      const c = text.charCodeAt(j);
      if (c === 32) {
        col++;
        alt++;
      } else if (c === 9) {
        col = ((col >> 3) + 1) << 3;
        alt++;
      } else if (c === 12) {
        col = 0;
        alt = 0;
      } else break;
      j++;
    }
    if (j >= this.end) return false;
    const c = text.charCodeAt(j);
    if (c === 35 || c === 10) return false;
    if (c === 92 && text.charCodeAt(j + 1) === 10) return false;
    const top = this.indents[this.indents.length - 1] as number;
    const altTop = this.altIndents[this.altIndents.length - 1] as number;
    if (col === top) {
      if (alt !== altTop) this.failAt('AIO-P006', {}, this.line, 0);
    } else if (col > top) {
      if (alt <= altTop) this.failAt('AIO-P006', {}, this.line, 0);
      this.indents.push(col);
      this.altIndents.push(alt);
      // col = last indentation character: where CPython reports "unexpected indent"
      this.push('INDENT', text.slice(this.i, j), this.i, j, this.line, Math.max(0, this.col(j) - 1));
    } else {
      while (this.indents.length > 1 && col < (this.indents[this.indents.length - 1] as number)) {
        this.indents.pop();
        this.altIndents.pop();
        this.push('DEDENT', '', j, j, this.line, this.col(j));
      }
      if (col !== this.indents[this.indents.length - 1]) {
        // CPython points at the end of the offending line
        const nl = text.indexOf('\n', j);
        this.failAt('AIO-P004', {}, this.line, this.col(nl < 0 || nl > this.end ? this.end : nl));
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) this.failAt('AIO-P006', {}, this.line, 0);
    }
    return true;
  }

  private name(start: number): void {
    const text = this.text;
    let j = start;
    let ascii = true;
    while (j < this.end) {
      const c = text.charCodeAt(j);
      if (isAsciiIdContinue(c)) {
        j++;
        continue;
      }
      if (c < 128) break;
      const cp = text.codePointAt(j) as number;
      const ch = String.fromCodePoint(cp);
      if (j === start ? !ID_START.test(ch) : !ID_CONTINUE.test(ch)) break;
      ascii = false;
      j += ch.length;
    }
    if (j === start) this.invalidCharacter(start);
    const c = text.charCodeAt(j);
    if ((c === 34 || c === 39) && j - start <= 2) {
      const prefix = text.slice(start, j).toLowerCase();
      if (STRING_PREFIXES.has(prefix)) {
        this.string(start, j, prefix);
        return;
      }
    }
    let word = text.slice(start, j);
    if (!ascii) word = word.normalize('NFKC');
    this.i = j;
    this.push('NAME', word, start, j, this.line, this.col(start));
  }

  private invalidCharacter(index: number): never {
    const cp = this.text.codePointAt(index) as number;
    const ch = String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    if (NON_PRINTABLE.test(ch)) this.fail('AIO-P012', { detail: `invalid non-printable character U+${hex}` }, index);
    this.fail('AIO-P012', { detail: `invalid character '${ch}' (U+${hex})` }, index);
  }

  private operator(start: number, c: number): void {
    const text = this.text;
    const c1 = text.charCodeAt(start + 1);
    const c2 = text.charCodeAt(start + 2);
    let len = 1;
    switch (c) {
      case 40: // ( [ {
      case 91:
      case 123:
        // CPython's tokenizer stops at MAXLEVEL (200) open brackets; also keeps the parser's recursion bounded
        if (this.brackets.length >= 200) this.fail('AIO-P001', { detail: 'too many nested parentheses' }, start);
        this.brackets.push({ ch: text[start] as string, line: this.line, col: this.col(start) });
        break;
      case 41: // ) ] }
      case 93:
      case 125: {
        const ch = text[start] as string;
        const open = this.brackets.pop();
        if (open === undefined) {
          this.fail('AIO-P010', { bracket: ch }, start);
        }
        if (open.ch !== CLOSERS[ch]) {
          const where = open.line !== this.line ? ` on line ${open.line}` : '';
          this.fail('AIO-P011', { close: ch, open: open.ch, where }, start);
        }
        break;
      }
      case 42: // * ** *= **=
      case 47: // / // /= //=
        if (c1 === c) len = c2 === 61 ? 3 : 2;
        else if (c1 === 61) len = 2;
        break;
      case 60: // < << <= <<=
      case 62: // > >> >= >>=
        if (c1 === c) len = c2 === 61 ? 3 : 2;
        else if (c1 === 61) len = 2;
        break;
      case 45: // - -= ->
        if (c1 === 61 || c1 === 62) len = 2;
        break;
      case 58: // : :=
      case 61: // = ==
      case 33: // ! !=
      case 43: // + +=
      case 37: // %
      case 38: // &
      case 124: // |
      case 94: // ^
      case 64: // @
        if (c1 === 61) len = 2;
        break;
      case 46: // . ...
        if (c1 === 46 && c2 === 46) len = 3;
        break;
      case 44: // , ; ~
      case 59:
      case 126:
        break;
      case 36: // $ ? ` : not Python; the parser reports "invalid syntax" at them like CPython does
      case 63:
      case 96:
        break;
      default:
        this.invalidCharacter(start);
    }
    this.i = start + len;
    this.push('OP', text.slice(start, start + len), start, start + len, this.line, this.col(start));
  }

  private number(start: number): void {
    const text = this.text;
    let j = start;
    const c0 = text.charCodeAt(j);
    const c1 = text.charCodeAt(j + 1) | 0x20;
    const line = this.line;
    const col = this.col(start);
    if (c0 === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) {
      const kind = c1 === 120 ? 'hexadecimal' : c1 === 111 ? 'octal' : 'binary';
      const ok = (c: number): boolean =>
        c1 === 120
          ? isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102)
          : c1 === 111
            ? c >= 48 && c <= 55
            : c === 48 || c === 49;
      j += 2;
      let digits = 0;
      while (j < this.end) {
        const c = text.charCodeAt(j);
        if (c === 95) {
          if (!ok(text.charCodeAt(j + 1))) this.fail('AIO-P013', { detail: `invalid ${kind} literal` }, j);
          j++;
        } else if (ok(c)) {
          j++;
          digits++;
        } else break;
      }
      const after = text.charCodeAt(j);
      if (isDigit(after)) this.fail('AIO-P013', { detail: `invalid digit '${text[j]}' in ${kind} literal` }, j);
      if (digits === 0) this.fail('AIO-P013', { detail: `invalid ${kind} literal` }, j - 1);
      this.checkNumberEnd(j, kind);
      this.i = j;
      const t = this.push('NUMBER', text.slice(start, j), start, j, line, col);
      t.num = { kind: 'int', value: BigInt(t.value.replace(/_/g, '')) };
      return;
    }
    const digits = (): void => {
      while (j < this.end) {
        const c = text.charCodeAt(j);
        if (isDigit(c)) j++;
        else if (c === 95) {
          if (!isDigit(text.charCodeAt(j + 1))) this.fail('AIO-P013', { detail: 'invalid decimal literal' }, j);
          j++;
        } else break;
      }
    };
    let isFloat = false;
    digits();
    if (text.charCodeAt(j) === 46) {
      isFloat = true;
      j++;
      digits();
    }
    const e = text.charCodeAt(j) | 0x20;
    if (e === 101) {
      const s = text.charCodeAt(j + 1);
      const k = s === 43 || s === 45 ? j + 2 : j + 1;
      if (isDigit(text.charCodeAt(k))) {
        isFloat = true;
        j = k;
        digits();
      } else {
        this.fail('AIO-P013', { detail: 'invalid decimal literal' }, start);
      }
    }
    let imag = false;
    if ((text.charCodeAt(j) | 0x20) === 106) {
      imag = true;
      j++;
    }
    const raw = text.slice(start, j);
    const clean = raw.replace(/_/g, '');
    if (!isFloat && !imag && c0 === 48 && /[1-9]/.test(clean)) {
      this.fail(
        'AIO-P013',
        { detail: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers' },
        start
      );
    }
    this.checkNumberEnd(j, imag ? 'imaginary' : 'decimal');
    this.i = j;
    const t = this.push('NUMBER', raw, start, j, line, col);
    if (imag) t.num = { kind: 'complex', imag: Number(clean.slice(0, -1)) };
    else if (isFloat) t.num = { kind: 'float', value: Number(clean) };
    else t.num = { kind: 'int', value: BigInt(clean) };
  }

  /** A number glued to a name (`1abc`) is an error, except the keywords CPython tolerates (`1if x else y`). */
  private checkNumberEnd(j: number, kind: string): void {
    const c = this.text.charCodeAt(j);
    // a non-ASCII character glues only if it can continue a name; anything else (U+200B …) is its own error next
    if (!(isAsciiIdContinue(c) || (c >= 128 && ID_CONTINUE.test(String.fromCodePoint(this.text.codePointAt(j)!)))))
      return;
    for (const kw of NUMBER_SUFFIX_KEYWORDS) {
      if (this.text.startsWith(kw, j) && !isAsciiIdContinue(this.text.charCodeAt(j + kw.length))) return;
    }
    this.fail('AIO-P013', { detail: `invalid ${kind} literal` }, j - 1);
  }

  /**
   * A string literal starting at `start` whose quote is at `q0` (after the prefix). Emits one STRING token.
   */
  private string(start: number, q0: number, prefix: string): void {
    const line = this.line;
    const col = this.col(start);
    const s = this.scanString(start, q0, prefix);
    this.i = s.end;
    const t = this.push('STRING', this.text.slice(start, s.end), start, s.end, line, col);
    t.str = s.info;
  }

  /**
   * Scan a string literal (used for top-level tokens and for strings nested in f-string fields). Tracks line
   * numbers across newlines inside the literal.
   */
  private scanString(start: number, q0: number, prefix: string): { end: number; info: StrInfo } {
    const text = this.text;
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    const fstring = prefix.includes('f');
    const q = text.charCodeAt(q0);
    const triple = text.charCodeAt(q0 + 1) === q && text.charCodeAt(q0 + 2) === q;
    const startLine = this.line;
    const startCol = this.col(start);
    const contentStart = q0 + (triple ? 3 : 1);
    const unterminated = (): never => {
      // "detected at line N": the last line that has text (a final newline does not start a new one)
      const detected =
        this.i < this.end && this.text.charCodeAt(this.end - 1) === 10 && this.lineStart >= this.end
          ? this.line - 1
          : this.line;
      if (fstring) this.failAt(triple ? 'AIO-P025' : 'AIO-P024', { line: detected }, startLine, startCol);
      if (triple) this.failAt('AIO-P008', { line: detected }, startLine, startCol);
      this.failAt('AIO-P007', { line: detected }, startLine, startCol);
    };
    if (fstring) {
      const parts: FPart[] = [];
      const ctx: FCtx = { q, triple, raw, unterminated, start };
      const j = this.fLiteral(contentStart, false, parts, ctx);
      return { end: j + (triple ? 3 : 1), info: { bytes, raw, fstring, value: null, parts } };
    }
    let j = contentStart;
    let nonAscii = false;
    while (true) {
      if (j >= this.end) unterminated();
      const c = text.charCodeAt(j);
      if (c === q) {
        if (!triple) break;
        if (text.charCodeAt(j + 1) === q && text.charCodeAt(j + 2) === q) break;
      } else if (c === 92) {
        j++;
        if (j >= this.end) unterminated();
        if (text.charCodeAt(j) === 10) this.newlineAt(j);
      } else if (c === 10) {
        if (!triple) {
          unterminated();
        }
        this.newlineAt(j);
      } else if (c >= 128) nonAscii = true;
      j++;
    }
    const body = text.slice(contentStart, j);
    const end = j + (triple ? 3 : 1);
    let value: string | Uint8Array;
    try {
      if (bytes) {
        if (nonAscii)
          this.failAt('AIO-P017', { detail: 'bytes can only contain ASCII literal characters' }, startLine, startCol);
        value = decodeBytes(body, raw);
      } else value = raw ? body : decodeStrEscapes(body);
    } catch (e) {
      if (e instanceof EscapeError) {
        if (e.unsupported) this.failAt('AIO-U001', { construct: e.message }, startLine, startCol);
        this.failAt('AIO-P017', { detail: e.message }, startLine, startCol);
      }
      throw e;
    }
    return { end, info: { bytes, raw, fstring, value, parts: null } };
  }

  /**
   * The literal text of an f-string (or of a format spec when inSpec) from `j`, pushing chunks and fields into
   * `parts`. Returns the index of the closing quote (or, in a spec, of the `}` that ends the field).
   */
  private fLiteral(j: number, inSpec: boolean, parts: FPart[], ctx: FCtx): number {
    const text = this.text;
    let buf = '';
    let segStart = j;
    const flush = (at: number): void => {
      if (buf !== '') {
        let value = buf;
        if (!ctx.raw) {
          try {
            value = decodeStrEscapes(buf);
          } catch (e) {
            if (e instanceof EscapeError) {
              if (e.unsupported) this.fail('AIO-U001', { construct: e.message }, ctx.start);
              this.fail('AIO-P017', { detail: e.message }, ctx.start);
            }
            throw e;
          }
        }
        parts.push({ kind: 'lit', value, start: segStart, end: at });
      }
      buf = '';
    };
    while (true) {
      if (j >= this.end) ctx.unterminated();
      const c = text.charCodeAt(j);
      if (c === ctx.q && (!ctx.triple || (text.charCodeAt(j + 1) === ctx.q && text.charCodeAt(j + 2) === ctx.q))) {
        if (inSpec) this.fail('AIO-P016', { detail: "expecting '}'" }, j);
        flush(j);
        return j;
      }
      if (c === 10) {
        if (!ctx.triple) ctx.unterminated();
        this.newlineAt(j);
      } else if (c === 92) {
        const n = text.charCodeAt(j + 1);
        if (n === 123 || n === 125) {
          buf += '\\';
          j++;
          continue;
        }
        if (!ctx.raw && n === 78 && text.charCodeAt(j + 2) === 123) {
          this.fail('AIO-U001', { construct: 'the \\N{...} escape' }, ctx.start);
        }
        if (j + 1 >= this.end) ctx.unterminated();
        if (n === 10) this.newlineAt(j + 1);
        buf += text.slice(j, j + 2);
        j += 2;
        continue;
      } else if (c === 123) {
        if (!inSpec && text.charCodeAt(j + 1) === 123) {
          buf += '{';
          j += 2;
          continue;
        }
        flush(j);
        j = this.fField(j, parts, ctx);
        segStart = j;
        continue;
      } else if (c === 125) {
        if (inSpec) {
          flush(j);
          return j;
        }
        if (text.charCodeAt(j + 1) === 125) {
          buf += '}';
          j += 2;
          continue;
        }
        this.fail('AIO-P016', { detail: "single '}' is not allowed" }, j);
      }
      buf += text[j];
      j++;
    }
  }

  /** A replacement field starting at `{` (index j). Returns the index just past its `}`. */
  private fField(open: number, parts: FPart[], ctx: FCtx): number {
    const text = this.text;
    let j = open + 1;
    const exprStart = j;
    const stack: number[] = [];
    let exprEnd = -1;
    let debug: FField['debug'] = null;
    for (;;) {
      if (j >= this.end) ctx.unterminated();
      const c = text.charCodeAt(j);
      if (c === 10) {
        if (!ctx.triple && stack.length === 0) ctx.unterminated();
        this.newlineAt(j);
        j++;
        continue;
      }
      if (c === 34 || c === 39) {
        if (c === ctx.q && !ctx.triple && stack.length === 0) {
          // the f-string's own closing quote inside an unfinished field
          this.fail('AIO-P016', { detail: "expecting '}'" }, j);
        }
        j = this.scanString(j, j, '').end;
        continue;
      }
      if (isAsciiIdStart(c) || c >= 128) {
        let k = j;
        while (k < this.end && (isAsciiIdContinue(text.charCodeAt(k)) || text.charCodeAt(k) >= 128)) k++;
        const q = text.charCodeAt(k);
        const prefix = text.slice(j, k).toLowerCase();
        if ((q === 34 || q === 39) && STRING_PREFIXES.has(prefix)) {
          j = this.scanString(j, k, prefix).end;
        } else j = k;
        continue;
      }
      if (c === 40 || c === 91 || c === 123) {
        stack.push(c);
        j++;
        continue;
      }
      if (c === 41 || c === 93) {
        if (stack.length === 0) this.fail('AIO-P016', { detail: `unmatched '${text[j]}'` }, j);
        stack.pop();
        j++;
        continue;
      }
      if (c === 125) {
        if (stack.length === 0) break;
        stack.pop();
        j++;
        continue;
      }
      if (stack.length === 0) {
        const n = text.charCodeAt(j + 1);
        if (c === 33 && n !== 61) break; // '!' conversion
        if (c === 58) break; // ':' format spec
        if (c === 61 && n !== 61) {
          const p = text.charCodeAt(j - 1);
          if (p !== 61 && p !== 33 && p !== 60 && p !== 62) {
            exprEnd = j;
            j++;
            while (text.charCodeAt(j) === 32) j++;
            debug = { text: text.slice(exprStart, j), start: exprStart, end: j };
            break;
          }
        }
        if ((c === 61 || c === 33 || c === 60 || c === 62) && n === 61) {
          j += 2;
          continue;
        }
      }
      if (c === 35) this.fail('AIO-P016', { detail: "expression part cannot include '#'" }, j);
      j++;
    }
    if (exprEnd < 0) exprEnd = j;
    if (text.slice(exprStart, exprEnd).trim() === '') {
      const what = text[j] === '}' ? "'}'" : text[j] === '!' ? "'!'" : text[j] === ':' ? "':'" : "'='";
      this.fail('AIO-P016', { detail: `valid expression required before ${what}` }, j);
    }
    let conversion = -1;
    if (text.charCodeAt(j) === 33) {
      j++;
      const k = j;
      while (isAsciiIdContinue(text.charCodeAt(j))) j++;
      const conv = text.slice(k, j);
      if (conv === 's' || conv === 'r' || conv === 'a') conversion = conv.charCodeAt(0);
      else if (conv === '') this.fail('AIO-P016', { detail: 'missing conversion character' }, k);
      else this.fail('AIO-P016', { detail: `invalid conversion character '${conv}': expected 's', 'r', or 'a'` }, k);
    }
    let spec: FField['spec'] = null;
    if (text.charCodeAt(j) === 58) {
      const specStart = j;
      const specParts: FPart[] = [];
      j = this.fLiteral(j + 1, true, specParts, ctx);
      spec = { parts: specParts, start: specStart, end: j };
    }
    if (text.charCodeAt(j) !== 125) this.fail('AIO-P016', { detail: "expecting '}'" }, j);
    j++;
    parts.push({ kind: 'field', start: open, end: j, exprStart, exprEnd, debug, conversion, spec });
    return j;
  }
}

interface FCtx {
  q: number;
  triple: boolean;
  raw: boolean;
  unterminated: () => never;
  /** index of the f-string token (errors about its escapes point there) */
  start: number;
}
