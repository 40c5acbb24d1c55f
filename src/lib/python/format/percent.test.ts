import { describe, expect, it } from 'vitest';
import { PyError } from './errors.js';
import { floatRepr } from './float-repr.js';
import { percentFormat, type PercentArgs, type PercentHooks } from './percent.js';
import { strAscii, strRepr } from './str-repr.js';
import { fromBits, loadFixture } from '../../../../tests/support/python-format';

type Enc = ['int', string] | ['float', string] | ['bool', boolean] | ['str', string] | ['obj', string, string, string];
type EncArgs = ['tuple', Enc[]] | ['single', Enc] | ['dict', Record<string, Enc>];
type Row = [string, EncArgs, string | null, string | null, string | null];

/** Stand-in for an interpreter object the formatter must not look inside. */
class Opaque {
  constructor(
    readonly s: string,
    readonly r: string,
    readonly type: string
  ) {}
}
class Dict {
  constructor(readonly items: Map<string, unknown>) {}
}

function dec(e: Enc): unknown {
  switch (e[0]) {
    case 'int':
      return BigInt(e[1]);
    case 'float':
      return fromBits(e[1]);
    case 'bool':
      return e[1];
    case 'str':
      return e[1];
    default:
      return new Opaque(e[1], e[2], e[3]);
  }
}

function reprOf(v: unknown): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return strRepr(v);
  if (v instanceof Dict) return '{' + [...v.items].map(([k, x]) => `${strRepr(k)}: ${reprOf(x)}`).join(', ') + '}';
  return (v as Opaque).r;
}

const hooks: PercentHooks = {
  str: (v) => (typeof v === 'string' ? v : v instanceof Opaque ? v.s : reprOf(v)),
  repr: reprOf,
  ascii: (v) => (typeof v === 'string' ? strAscii(v) : reprOf(v)),
  typeName: (v) => (v instanceof Opaque ? v.type : v instanceof Dict ? 'dict' : 'object'),
  getItem: (m, key) => {
    const d = m as Dict;
    if (!d.items.has(key)) throw new Error('KeyError ' + key);
    return d.items.get(key);
  }
};

function decArgs(a: EncArgs): PercentArgs {
  if (a[0] === 'tuple') return { kind: 'tuple', items: a[1].map(dec) };
  if (a[0] === 'dict') {
    return {
      kind: 'single',
      value: new Dict(new Map(Object.entries(a[1]).map(([k, v]) => [k, dec(v)]))),
      isMapping: true
    };
  }
  return { kind: 'single', value: dec(a[1]), isMapping: false };
}

const rows = loadFixture<Row[]>('percent.json');

describe('percentFormat', () => {
  it('matches CPython 3.11 `fmt % args` on every fixture row', () => {
    const bad: string[] = [];
    for (const [fmt, args, want, errType, errMsg] of rows) {
      let got: string;
      try {
        got = JSON.stringify(percentFormat(fmt, decArgs(args), hooks));
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        got = `${e.pyType}: ${e.message}`;
      }
      const expected = want !== null ? JSON.stringify(want) : `${errType}: ${errMsg}`;
      if (got !== expected) bad.push(`${JSON.stringify(fmt)} ${JSON.stringify(args)}: got ${got} want ${expected}`);
    }
    expect(bad.slice(0, 30)).toEqual([]);
    expect(rows.length).toBeGreaterThan(1500);
  });

  it('formats the common cases', () => {
    const t = (items: unknown[]): PercentArgs => ({ kind: 'tuple', items });
    expect(percentFormat('%s %d %.2f %r %5s %-5s| %x %%', t(['a', 42n, 2.675, 'b', 'x', 'y', 255n]), hooks)).toBe(
      "a 42 2.67 'b'     x y    | ff %"
    );
  });
});
