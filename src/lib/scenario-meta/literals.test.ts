import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pyFloatRepr, readLiteral } from './literals';

describe('readLiteral', () => {
  it('reads ints, floats, bools and plain strings', () => {
    expect(readLiteral('2')).toEqual({ kind: 'int', value: 2, source: '2' });
    expect(readLiteral(' -0.5 ')).toEqual({ kind: 'float', value: -0.5, source: '-0.5' });
    expect(readLiteral('1e3')).toMatchObject({ kind: 'float', value: 1000 });
    expect(readLiteral('.5')).toMatchObject({ kind: 'float', value: 0.5 });
    expect(readLiteral('True')).toMatchObject({ kind: 'bool', value: true });
    expect(readLiteral('"a\\"b"')).toMatchObject({ kind: 'str', value: 'a"b' });
    expect(readLiteral("'x\\ny'")).toMatchObject({ kind: 'str', value: 'x\ny' });
  });

  it('rejects anything that is not a plain literal', () => {
    for (const t of ['x', '1 + 2', 'f"x"', "r'x'", '[1]', 'None', '"unterminated', '1_000', ''])
      expect(readLiteral(t), t).toBeNull();
  });
});

describe('pyFloatRepr', () => {
  // Expected values come from CPython: repr(float(x)) for each input.
  const inputs = [
    0,
    0.5,
    2,
    2.5,
    -3,
    0.1 + 0.2,
    1e-4,
    1.5e-5,
    123456789.125,
    1e15,
    1e16,
    1.7976931348623157e308,
    5e-324,
    -0.0
  ];
  it('matches CPython repr(float)', () => {
    const expected = execFileSync(
      'python3',
      [
        '-c',
        `import sys\nfor a in sys.argv[1:]: print(repr(float(a)))`,
        ...inputs.map((x) => (Object.is(x, -0) ? '-0.0' : String(x)))
      ],
      {
        encoding: 'utf8'
      }
    )
      .trim()
      .split('\n');
    expect(inputs.map(pyFloatRepr)).toEqual(expected);
  });
});
