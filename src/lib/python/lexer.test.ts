import { describe, expect, it } from 'vitest';
import { Source, tokenize, type Token } from './lexer';
import { ParseError } from './parse-error';

function toks(src: string): Token[] {
  return tokenize(new Source(src), 't.py');
}
function kinds(src: string): string[] {
  return toks(src).map((t) => (t.type === 'OP' || t.type === 'NAME' ? t.value : t.type));
}
function lexError(src: string): ParseError {
  try {
    toks(src);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('no error');
}
function str(src: string): string | Uint8Array | null {
  const t = toks(src)[0] as Token;
  expect(t.type).toBe('STRING');
  return t.str!.value;
}

describe('lexer: layout', () => {
  it('emits INDENT/DEDENT and NEWLINE', () => {
    expect(kinds('if x:\n    y\nz\n')).toEqual([
      'if',
      'x',
      ':',
      'NEWLINE',
      'INDENT',
      'y',
      'NEWLINE',
      'DEDENT',
      'z',
      'NEWLINE',
      'ENDMARKER'
    ]);
  });
  it('closes all blocks at end of file, with a NEWLINE even without a final newline', () => {
    expect(kinds('if a:\n  if b:\n    c')).toEqual([
      'if',
      'a',
      ':',
      'NEWLINE',
      'INDENT',
      'if',
      'b',
      ':',
      'NEWLINE',
      'INDENT',
      'c',
      'NEWLINE',
      'DEDENT',
      'DEDENT',
      'ENDMARKER'
    ]);
  });
  it('ignores blank and comment-only lines whatever their indentation', () => {
    expect(kinds('a\n\n      # c\n   \nb # d\n')).toEqual(['a', 'NEWLINE', 'b', 'NEWLINE', 'ENDMARKER']);
  });
  it('joins lines inside brackets and after a backslash', () => {
    expect(kinds('x = (1,\n  2)\ny = 1 + \\\n  2\n')).toEqual([
      'x',
      '=',
      '(',
      'NUMBER',
      ',',
      'NUMBER',
      ')',
      'NEWLINE',
      'y',
      '=',
      'NUMBER',
      '+',
      'NUMBER',
      'NEWLINE',
      'ENDMARKER'
    ]);
  });
  it('treats a tab as advancing to the next multiple of 8', () => {
    expect(kinds('if x:\n\ty\n\tz\n')).toEqual([
      'if',
      'x',
      ':',
      'NEWLINE',
      'INDENT',
      'y',
      'NEWLINE',
      'z',
      'NEWLINE',
      'DEDENT',
      'ENDMARKER'
    ]);
  });
  it('reports inconsistent dedent and mixed tabs/spaces', () => {
    expect(lexError('if x:\n    a\n  b\n').code).toBe('AIO-P004');
    expect(lexError('if x:\n        a\n\tb\n').code).toBe('AIO-P006');
  });
});

describe('lexer: operators and positions', () => {
  it('takes the longest operator', () => {
    expect(kinds('a**=b//=c>>=d...e->f:=g!=h')).toEqual([
      'a',
      '**=',
      'b',
      '//=',
      'c',
      '>>=',
      'd',
      '...',
      'e',
      '->',
      'f',
      ':=',
      'g',
      '!=',
      'h',
      'NEWLINE',
      'ENDMARKER'
    ]);
  });
  it('counts columns in code points (astral characters count once)', () => {
    const t = toks('s = "🚀"; x = 1\n');
    const x = t.find((k) => k.value === 'x')!;
    expect([x.line, x.col]).toEqual([1, 9]);
    const s = t.find((k) => k.type === 'STRING')!;
    expect([s.col, s.endCol]).toEqual([4, 7]);
  });
  it('tracks lines through triple-quoted strings', () => {
    const t = toks('a = """x\ny\nz""" ; b\n');
    const s = t.find((k) => k.type === 'STRING')!;
    expect([s.line, s.col, s.endLine, s.endCol]).toEqual([1, 4, 3, 4]);
    expect(t.find((k) => k.value === 'b')!.line).toBe(3);
  });
  it('normalizes non-ASCII identifiers with NFKC', () => {
    expect(toks('ﬁ = 1\n')[0]!.value).toBe('fi');
    expect(toks('名字 = 1\n')[0]!.value).toBe('名字');
  });
});

describe('lexer: numbers', () => {
  const num = (s: string) => toks(s)[0]!.num;
  it('reads ints as bigint in every base, with underscores', () => {
    expect(num('1_000_000')).toEqual({ kind: 'int', value: 1000000n });
    expect(num('0xFF')).toEqual({ kind: 'int', value: 255n });
    expect(num('0o17')).toEqual({ kind: 'int', value: 15n });
    expect(num('0b1010')).toEqual({ kind: 'int', value: 10n });
    expect(num('123456789012345678901234567890')).toEqual({ kind: 'int', value: 123456789012345678901234567890n });
    expect(num('000')).toEqual({ kind: 'int', value: 0n });
  });
  it('reads floats and imaginary numbers', () => {
    expect(num('1.5')).toEqual({ kind: 'float', value: 1.5 });
    expect(num('.5')).toEqual({ kind: 'float', value: 0.5 });
    expect(num('5.')).toEqual({ kind: 'float', value: 5 });
    expect(num('1e-3')).toEqual({ kind: 'float', value: 0.001 });
    expect(num('1_0.2_5e1_0')).toEqual({ kind: 'float', value: 10.25e10 });
    expect(num('2j')).toEqual({ kind: 'complex', imag: 2 });
    expect(num('1e999')).toEqual({ kind: 'float', value: Infinity });
  });
  it('accepts keywords glued to numbers like CPython', () => {
    expect(kinds('1if x else 2')).toEqual(['NUMBER', 'if', 'x', 'else', 'NUMBER', 'NEWLINE', 'ENDMARKER']);
  });
});

describe('lexer: strings', () => {
  it('decodes escapes exactly like Python', () => {
    expect(str(String.raw`'\x41\101\u00e9\U0001F600\n\t\\\'\0'`)).toBe("AAé😀\n\t\\'\0");
    expect(str(String.raw`'\q\d'`)).toBe('\\q\\d');
    expect(str("'a\\\nb'")).toBe('ab');
    expect(str(String.raw`'\777'`)).toBe('\u01ff');
  });
  it('keeps raw strings raw (a backslash still protects the quote)', () => {
    expect(str(String.raw`r'\n\''`)).toBe(String.raw`\n\'`);
  });
  it('decodes bytes', () => {
    expect(Array.from(str(String.raw`b'A\x00\xff\n\u0041'`) as Uint8Array)).toEqual([
      65, 0, 255, 10, 92, 117, 48, 48, 52, 49
    ]);
    expect(Array.from(str(String.raw`Rb'\x00'`) as Uint8Array)).toEqual([92, 120, 48, 48]);
  });
  it('accepts every prefix in any case', () => {
    for (const p of ['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 'R', 'U', 'B', 'BR', 'Rb', 'F', 'fR', 'Rf']) {
      expect(toks(`${p}"x"`)[0]!.type).toBe('STRING');
    }
  });
  it('splits f-strings into chunks and fields', () => {
    const parts = toks('f"a{{{x!r:>{w}}}}b{y=}"')[0]!.str!.parts!;
    expect(parts.map((p) => p.kind)).toEqual(['lit', 'field', 'lit', 'field']);
    expect(parts[0]).toMatchObject({ kind: 'lit', value: 'a{' });
    expect(parts[1]).toMatchObject({ kind: 'field', conversion: 114 });
    expect(parts[2]).toMatchObject({ kind: 'lit', value: '}b' });
    expect(parts[3]).toMatchObject({ kind: 'field', debug: { text: 'y=' } });
  });
  it('allows the same quote nested in an f-string field (PEP 701)', () => {
    expect(kinds('f"{d["k"]}" + x')).toEqual(['STRING', '+', 'x', 'NEWLINE', 'ENDMARKER']);
  });
  it('reports \\N{...} as unsupported', () => {
    expect(lexError(String.raw`x = "\N{DASH}"`).code).toBe('AIO-U001');
    expect(lexError(String.raw`x = f"\N{DASH}"`).code).toBe('AIO-U001');
    expect(str(String.raw`r"\N{DASH}"`)).toBe(String.raw`\N{DASH}`);
  });
  it('reports bad escapes', () => {
    expect(lexError(String.raw`'\x4'`).code).toBe('AIO-P017');
    expect(lexError(String.raw`b'\x4'`).message).toBe(String.raw`(value error) invalid \x escape at position 0`);
  });
});
