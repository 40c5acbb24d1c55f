import { describe, expect, it } from 'vitest';
import { bytesRepr, isPrintableCodePoint, strAscii, strIsPrintable, strRepr } from './str-repr.js';
import { loadFixture } from '../../../../tests/support/python-format';

type Case = ['s' | 'b', number[], string, string];
const cases = loadFixture<Case[]>('str-repr.json');

function fromCodePoints(cps: number[]): string {
  // String.fromCodePoint keeps lone surrogates as single UTF-16 units.
  return cps.map((c) => String.fromCodePoint(c)).join('');
}

describe('strRepr / strAscii / bytesRepr', () => {
  it('match CPython on every fixture', () => {
    const bad: string[] = [];
    for (const [kind, data, repr, ascii] of cases) {
      if (kind === 's') {
        const s = fromCodePoints(data);
        if (strRepr(s) !== repr) bad.push(`repr ${JSON.stringify(data)}: ${strRepr(s)} != ${repr}`);
        if (strAscii(s) !== ascii) bad.push(`ascii ${JSON.stringify(data)}: ${strAscii(s)} != ${ascii}`);
      } else {
        const got = bytesRepr(Uint8Array.from(data));
        if (got !== repr) bad.push(`bytes ${JSON.stringify(data)}: ${got} != ${repr}`);
      }
    }
    expect(bad).toEqual([]);
    expect(cases.length).toBeGreaterThan(500);
  });

  it('agrees with str.isprintable on the whole code space', () => {
    const ranges = loadFixture<[number, number][]>('nonprintable-py311.json');
    const nonPrintable = new Uint8Array(0x110000);
    for (const [a, b] of ranges) nonPrintable.fill(1, a, b + 1);
    const bad: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (isPrintableCodePoint(cp) === (nonPrintable[cp] === 1)) bad.push(cp);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('quotes and escapes like Python', () => {
    expect(strRepr("it's")).toBe('"it\'s"');
    expect(strRepr('a"b\'c')).toBe("'a\"b\\'c'");
    expect(strRepr('你好\n')).toBe("'你好\\n'");
    expect(strIsPrintable('abc 你好')).toBe(true);
    expect(strIsPrintable('a\tb')).toBe(false);
    expect(bytesRepr(new Uint8Array([0x27, 0x00]))).toBe('b"\'\\x00"');
  });
});
