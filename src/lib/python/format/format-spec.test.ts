import { describe, expect, it } from 'vitest';
import { PyError } from './errors.js';
import { formatBool, formatFloat, formatInt, formatStr, formatValue, parseFormatSpec } from './format-spec.js';
import { fromBits, loadFixture } from '../../../../tests/support/python-format';

type Row = ['i' | 'b' | 'f' | 's', string, string, string | null, string | null, string | null];
const rows = loadFixture<Row[]>('format-spec.json');

function run(kind: Row[0], value: string, spec: string): string {
  switch (kind) {
    case 'i':
      return formatInt(BigInt(value), spec);
    case 'b':
      return formatBool(value === 'True', spec);
    case 'f':
      return formatFloat(fromBits(value), spec);
    default:
      return formatStr(value, spec);
  }
}

describe('format-spec mini-language', () => {
  it('matches CPython 3.11 format() on every fixture row (results and errors)', () => {
    const bad: string[] = [];
    for (const [kind, value, spec, want, errType, errMsg] of rows) {
      let got: string;
      try {
        got = JSON.stringify(run(kind, value, spec));
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = `${e.pyType}: ${e.message}`;
      }
      const expected = want !== null ? JSON.stringify(want) : `${errType}: ${errMsg}`;
      if (got !== expected) bad.push(`${kind} ${value} ${JSON.stringify(spec)}: got ${got} want ${expected}`);
    }
    expect(bad.slice(0, 30)).toEqual([]);
    expect(bad.length).toBe(0);
    expect(rows.length).toBeGreaterThan(10000);
  });

  it('rounds half-even on the exact binary value', () => {
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(1e22, '.2f')).toBe('10000000000000000000000.00');
    expect(formatFloat(0.1, '.30f')).toBe('0.100000000000000005551115123126');
    expect(formatFloat(5e-324, '.3e')).toBe('4.941e-324');
  });

  it('applies the 4300-digit int→str limit to decimal formatting only', () => {
    const big = 10n ** 4300n;
    expect(() => formatInt(big, '')).toThrow('Exceeds the limit (4300 digits) for integer string conversion');
    expect(() => formatInt(big, ',')).toThrow('Exceeds the limit (4300 digits)');
    expect(formatInt(big, 'x').slice(0, 3)).toBe('139');
    expect(formatInt(10n ** 4299n, 'd').length).toBe(4300);
  });

  it('dispatches on the JS representation', () => {
    expect(formatValue(1234n, ',')).toBe('1,234');
    expect(formatValue(true, '')).toBe('True');
    expect(formatValue(true, '>5')).toBe('    1');
    expect(formatValue(1.5, '')).toBe('1.5');
    expect(formatValue('ab', '05')).toBe('ab000');
  });

  it('exposes the parsed spec', () => {
    expect(parseFormatSpec('*^+z#012_.3f', 'float', '>')).toEqual({
      fill: '*',
      align: '^',
      sign: '+',
      noNegZero: true,
      alt: true,
      width: 12,
      grouping: '_',
      precision: 3,
      type: 'f'
    });
  });
});
