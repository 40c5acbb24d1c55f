import { describe, expect, it } from 'vitest';
import { floatRepr, floatStr } from './float-repr.js';
import { fromBits, loadFixture } from '../../../../tests/support/python-format';

const cases = loadFixture<[string, string][]>('float-repr.json');

describe('floatRepr', () => {
  it('matches CPython repr(float) on every fixture value', () => {
    const bad: string[] = [];
    for (const [bits, want] of cases) {
      const got = floatRepr(fromBits(bits));
      if (got !== want) bad.push(`${bits}: got ${got} want ${want}`);
    }
    expect(bad).toEqual([]);
    expect(cases.length).toBeGreaterThan(2000);
  });

  it('handles the exponent switch points', () => {
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(9999999999999998)).toBe('9999999999999998.0');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(0.0001)).toBe('0.0001');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(1)).toBe('1.0');
    expect(floatRepr(Infinity)).toBe('inf');
    expect(floatRepr(-Infinity)).toBe('-inf');
    expect(floatRepr(NaN)).toBe('nan');
    expect(floatStr(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});
