/**
 * Building the AST of adjacent string literals (implicit concatenation) and f-strings from the lexer's STRING tokens,
 * with CPython 3.12+ (PEP 701) spans: a literal chunk's Constant spans its source text, adjacent constant pieces are
 * merged into one Constant spanning from the first piece to the last, a plain string piece counts with its whole
 * token, FormattedValue spans `{...}`, a format spec's JoinedStr spans from `:` to just before `}`.
 */
import type { Expr, Span } from './ast';
import type { FPart, Source, Token } from './lexer';
import { ParseError } from './parse-error';

type SubParse = (start: number, end: number) => Expr;

export function buildString(toks: Token[], src: Source, file: string, sub: SubParse): Expr {
  const first = toks[0] as Token;
  const lastTok = toks[toks.length - 1] as Token;
  const span: Span = { line: first.line, col: first.col, endLine: lastTok.endLine, endCol: lastTok.endCol };
  let anyBytes = false;
  let anyStr = false;
  let anyF = false;
  for (const t of toks) {
    const info = t.str!;
    if (info.bytes) anyBytes = true;
    else anyStr = true;
    if (info.fstring) anyF = true;
  }
  if (anyBytes && anyStr) {
    // CPython points just past the last literal
    throw new ParseError(
      'AIO-P017',
      { detail: 'cannot mix bytes and nonbytes literals' },
      file,
      lastTok.endLine,
      lastTok.endCol
    );
  }
  if (!anyF) {
    if (anyBytes) {
      const chunks = toks.map((t) => t.str!.value as Uint8Array);
      const len = chunks.reduce((n, c) => n + c.length, 0);
      const out = new Uint8Array(len);
      let k = 0;
      for (const c of chunks) {
        out.set(c, k);
        k += c.length;
      }
      return { type: 'Constant', value: { kind: 'bytes', value: out }, ...span };
    }
    let value = '';
    for (const t of toks) value += t.str!.value as string;
    return { type: 'Constant', value: { kind: 'str', value }, ...span };
  }
  const b = new JoinedBuilder(src, sub);
  for (const t of toks) {
    const info = t.str!;
    if (info.fstring) b.addParts(info.parts!);
    else b.addConst(info.value as string, t.start, t.end);
  }
  return { type: 'JoinedStr', values: b.finish(), ...span };
}

class JoinedBuilder {
  private readonly values: Expr[] = [];
  private text = '';
  private start = -1;
  private end = -1;

  constructor(
    private readonly src: Source,
    private readonly sub: SubParse
  ) {}

  addConst(value: string, start: number, end: number): void {
    if (value === '') return;
    if (this.start < 0) this.start = start;
    this.text += value;
    this.end = end;
  }

  private flush(): void {
    if (this.start >= 0) {
      this.values.push({
        type: 'Constant',
        value: { kind: 'str', value: this.text },
        ...this.span(this.start, this.end)
      });
    }
    this.text = '';
    this.start = -1;
  }

  private span(start: number, end: number): Span {
    const a = this.src.pos(start);
    const b = this.src.pos(end);
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
  }

  addParts(parts: FPart[]): void {
    for (const part of parts) {
      if (part.kind === 'lit') {
        this.addConst(part.value, part.start, part.end);
        continue;
      }
      if (part.debug !== null) this.addConst(part.debug.text, part.debug.start, part.debug.end);
      this.flush();
      const value = this.sub(part.exprStart, part.exprEnd);
      let formatSpec: Expr | null = null;
      if (part.spec !== null) {
        const inner = new JoinedBuilder(this.src, this.sub);
        inner.addParts(part.spec.parts);
        formatSpec = { type: 'JoinedStr', values: inner.finish(), ...this.span(part.spec.start, part.spec.end) };
      }
      let conversion = part.conversion;
      if (part.debug !== null && conversion < 0 && part.spec === null) conversion = 114; // `{x=}` shows repr
      this.values.push({ type: 'FormattedValue', value, conversion, formatSpec, ...this.span(part.start, part.end) });
    }
  }

  finish(): Expr[] {
    this.flush();
    return this.values;
  }
}
