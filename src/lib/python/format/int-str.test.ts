import { describe, expect, it } from 'vitest';
import { PyError } from './errors.js';
import * as m from './int-str.js';
import { fromBits, loadFixture } from '../../../../tests/support/python-format';

type Enc =
  ['c'] | ['f', string] | ['i', string] | ['s', string] | ['b', boolean] | ['t', Enc[]] | ['err', string, string];
type Row = [string, Enc[], Enc];

function dec(e: Enc): unknown {
  switch (e[0]) {
    case 'f':
      return fromBits(e[1]);
    case 'i':
      return e[1].startsWith('-') ? -BigInt(e[1].slice(1)) : BigInt(e[1]);
    default:
      return e[1];
  }
}

const view = new DataView(new ArrayBuffer(8));
function show(v: unknown): string {
  if (typeof v === 'number') {
    // JS engines do not preserve NaN sign/payload bits; any NaN is "nan".
    if (Number.isNaN(v)) return 'nan';
    view.setFloat64(0, v);
    return 'f:' + view.getBigUint64(0).toString(16).padStart(16, '0');
  }
  if (typeof v === 'bigint') return 'i:' + v.toString(16);
  if (Array.isArray(v)) return '(' + v.map(show).join(', ') + ')';
  return typeof v + ':' + String(v);
}
function showEnc(e: Enc): string {
  if (e[0] === 'err') return `${e[1]}: ${e[2]}`;
  if (e[0] === 'c') return 'complex';
  if (e[0] === 't') return '(' + e[1].map(showEnc).join(', ') + ')';
  if (e[0] === 'f') return Number.isNaN(fromBits(e[1])) ? 'nan' : 'f:' + e[1];
  if (e[0] === 'i') return show(dec(e));
  return typeof e[1] + ':' + String(e[1]);
}

function oneUlpApart(a: string, b: string): boolean {
  if (!a.startsWith('f:') || !b.startsWith('f:')) return false;
  const d = BigInt('0x' + a.slice(2)) - BigInt('0x' + b.slice(2));
  return d === 1n || d === -1n;
}

type F = (...a: never[]) => unknown;
const ops: Record<string, F> = {
  round0: m.roundFloatToInt,
  round: (x: number, n: bigint) => m.roundFloat(x, n),
  is_integer: m.floatIsInteger,
  int: m.floatToInt,
  truediv: m.floatTrueDiv,
  floordiv: m.floatFloorDiv,
  mod: m.floatMod,
  divmod: m.floatDivmod,
  pow: m.floatPow,
  str: m.intToStr,
  bin: m.intBin,
  oct: m.intOct,
  hex: m.intHex,
  float: m.intToFloat,
  round_int: m.roundInt,
  int_truediv: m.intTrueDiv,
  int_floordiv: m.intFloorDiv,
  int_mod: m.intMod,
  int_divmod: m.intDivmod,
  int_pow: m.intPow
};

const rows = loadFixture<Row[]>('int-str.json');

describe('int/float helpers', () => {
  it('match CPython 3.11 on every fixture row', () => {
    const bad: string[] = [];
    const counts: Record<string, number> = {};
    const powUlpDiffs: string[] = [];
    for (const [op, args, want] of rows) {
      const fn = ops[op] as (...a: unknown[]) => unknown;
      let got: string;
      try {
        got = show(fn(...args.map(dec)));
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = e.pyType === 'ComplexResult' ? 'complex' : `${e.pyType}: ${e.message}`;
      }
      const expected = showEnc(want);
      if (got !== expected && op === 'pow' && oneUlpApart(got, expected)) {
        // glibc's pow is not correctly rounded in every case (documented bound
        // 0.52 ulp); ours is. Tolerate rare 1-ulp differences, counted below.
        powUlpDiffs.push(`${args.map(showEnc).join(', ')}: got ${got} want ${expected}`);
        continue;
      }
      if (got !== expected) {
        counts[op] = (counts[op] ?? 0) + 1;
        bad.push(`${op}(${args.map(showEnc).join(', ')}): got ${got} want ${expected}`);
      }
    }
    expect(bad.slice(0, 30)).toEqual([]);
    expect(counts).toEqual({});
    const powRows = rows.filter((r) => r[0] === 'pow').length;
    expect(powUlpDiffs.length).toBeLessThanOrEqual(Math.ceil(powRows / 1000));
    expect(rows.length).toBeGreaterThan(10000);
  });

  it('covers the documented corner cases', () => {
    expect(m.roundFloat(2.675, 2n)).toBe(2.67);
    expect(Object.is(m.roundFloat(-0.4, 0n), -0)).toBe(true);
    expect(m.roundFloatToInt(2.5)).toBe(2n);
    expect(m.roundInt(-25n, -1n)).toBe(-20n);
    expect(m.floatMod(-7, 2)).toBe(1);
    expect(m.floatFloorDiv(-7, 2)).toBe(-4);
    expect(() => m.floatTrueDiv(1, 0)).toThrow('float division by zero');
    expect(() => m.intFloorDiv(1n, 0n)).toThrow('integer division or modulo by zero');
    expect(() => m.floatPow(0, -1)).toThrow('0.0 cannot be raised to a negative power');
    expect(m.floatPow(1.1, 2)).toBe(1.2100000000000002);
  });
});
