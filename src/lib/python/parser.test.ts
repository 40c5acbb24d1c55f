import { describe, expect, it } from 'vitest';
import { parse, ParseError } from './parser';
import type { Expr, Stmt } from './ast';

function stmt(src: string): Stmt {
  return parse(src).body[0]!;
}
function expr(src: string): Expr {
  const s = stmt(src);
  if (s.type !== 'Expr') throw new Error(s.type);
  return s.value;
}
function err(src: string): ParseError {
  try {
    parse(src, 'x.py');
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parser: shapes', () => {
  it('chains comparisons', () => {
    expect(expr('a < b <= c is not d not in e')).toMatchObject({
      type: 'Compare',
      ops: ['<', '<=', 'is not', 'not in']
    });
  });
  it('binds ** tighter than unary minus on its left, looser on its right', () => {
    expect(expr('-a ** -b')).toMatchObject({
      type: 'UnaryOp',
      op: '-',
      operand: { type: 'BinOp', op: '**', right: { type: 'UnaryOp' } }
    });
  });
  it('turns elif into a nested If', () => {
    const s = stmt('if a:\n  x\nelif b:\n  y\nelse:\n  z\n');
    expect(s).toMatchObject({ type: 'If', orelse: [{ type: 'If', line: 3, col: 0, orelse: [{ type: 'Expr' }] }] });
  });
  it('keeps literal values', () => {
    expect(expr('1_0')).toMatchObject({ value: { kind: 'int', value: 10n } });
    expect(expr('3j')).toMatchObject({ value: { kind: 'complex', imag: 3 } });
    expect(expr('...')).toMatchObject({ value: { kind: 'Ellipsis' } });
    expect(expr("'a' 'b'")).toMatchObject({ value: { kind: 'str', value: 'ab' } });
    expect(expr("b'a' b'b'")).toMatchObject({ value: { kind: 'bytes', value: new Uint8Array([97, 98]) } });
  });
  it('makes {x=} show the repr unless a spec or conversion is given', () => {
    expect(expr('f"{x=}"')).toMatchObject({
      values: [{ value: { value: 'x=' } }, { type: 'FormattedValue', conversion: 114 }]
    });
    expect(expr('f"{x=:>3}"')).toMatchObject({ values: [{}, { conversion: -1, formatSpec: { type: 'JoinedStr' } }] });
    expect(expr('f"{x=!s}"')).toMatchObject({ values: [{}, { conversion: 115 }] });
  });
  it('reads CRLF sources like LF ones', () => {
    expect(parse('if a:\r\n    b = 1\r\n')).toEqual(parse('if a:\n    b = 1\n'));
  });
  it('parses soft keywords as names when they are not statements', () => {
    expect(stmt('match = 1')).toMatchObject({ type: 'Assign' });
    expect(stmt('match(x)')).toMatchObject({ type: 'Expr' });
    expect(stmt('type = int')).toMatchObject({ type: 'Assign' });
    expect(stmt('type(x)')).toMatchObject({ type: 'Expr' });
  });
  it('allows await only in async functions, and async generator expressions anywhere', () => {
    expect(() => parse('async def f():\n    [await x for x in y]\n')).not.toThrow();
    expect(() => parse('def f():\n    return (x async for x in y)\n')).not.toThrow();
    expect(err('def f():\n    return [x async for x in y]\n').code).toBe('AIO-P019');
  });
});

describe('parser: unsupported and 3.12-only errors', () => {
  it('reports match and type statements as unsupported, naming the construct', () => {
    const m = err('match command:\n    case "go":\n        pass\n');
    expect([m.code, m.line, m.col, m.message]).toEqual([
      'AIO-U001',
      1,
      0,
      'the match statement is not supported by aioscope'
    ]);
    expect(err('type Point = tuple[int, int]\n').code).toBe('AIO-U001');
    expect(err('def f[T](x: T) -> T: pass\n').code).toBe('AIO-U001');
    expect(err('class C[T]: pass\n').code).toBe('AIO-U001');
  });
  it('requires parentheses around several exception types (3.12 grammar)', () => {
    const e = err('try:\n    pass\nexcept A, B:\n    pass\n');
    expect([e.message, e.line, e.col]).toEqual(['multiple exception types must be parenthesized', 3, 7]);
  });
  it('refuses mixing except and except*', () => {
    expect(err('try:\n    pass\nexcept* A:\n    pass\nexcept B:\n    pass\n').message).toBe(
      "cannot have both 'except' and 'except*' on the same 'try'"
    );
  });
  it('carries file, hint and CPython exception class', () => {
    const e = err('if x:\npass\n');
    expect(e.file).toBe('x.py');
    expect(e.pyType).toBe('IndentationError');
    expect(e.hint).toMatch(/Indent/);
  });
});

describe('parser: a large program', () => {
  it('parses a 10,000-line program into 1,000 functions', () => {
    const block = [
      'async def worker_N(q: asyncio.Queue, n: int = 3) -> None:',
      '    for i in range(n):',
      '        item = await q.get()',
      '        print(f"worker N got {item!r:>10} at {loop.time():.2f}")',
      '        data = {k: [v * 2 for v in vals if v] for k, vals in item.items()}',
      '        if (x := len(data)) > 2 and not done:',
      '            await asyncio.sleep(0.1 * x)',
      '        else:',
      '            q.task_done()',
      ''
    ];
    const lines: string[] = [];
    for (let k = 0; lines.length < 10_000; k++) lines.push(...block.map((l) => l.replace('N', String(k))));
    const source = lines.join('\n');
    // Parse time is measured by `npm run bench`, not here: timed unit tests are flaky on shared machines.
    const mod = parse(source);
    expect(mod.body.length).toBe(1000);
  });
});
