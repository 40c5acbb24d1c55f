import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PyError } from '../format/errors.js';
import { hashFloat, MTRandom, sha512, type RandomSeed } from './mt-random.js';

type Enc = ['i', string] | ['s', string] | ['y', number[]] | ['f', string] | ['l', Enc[]] | ['err', string, string];
type Call = [string, (Enc | null)[], Enc];
const entries = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../../tests/fixtures/python-stdlib/mt-random.json', import.meta.url)),
    'utf8'
  )
) as { seed: Enc; calls: Call[] }[];

const view = new DataView(new ArrayBuffer(8));
function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}
function dec(e: Enc): unknown {
  switch (e[0]) {
    case 'i':
      return BigInt(e[1]);
    case 's':
      return e[1];
    case 'y':
      return Uint8Array.from(e[1]);
    case 'f':
      return fromBits(e[1]);
    default:
      throw new Error('not an argument: ' + e[0]);
  }
}
function show(v: unknown): string {
  if (typeof v === 'number') {
    view.setFloat64(0, v);
    return 'f:' + view.getBigUint64(0).toString(16).padStart(16, '0');
  }
  if (typeof v === 'bigint') return 'i:' + v.toString();
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  return String(v);
}
function showEnc(e: Enc): string {
  switch (e[0]) {
    case 'i':
      return 'i:' + e[1];
    case 'f': {
      // integral float results (uniform(5.0, 5.0)) print as floats too
      return 'f:' + e[1];
    }
    case 'l':
      return '[' + e[1].map(showEnc).join(',') + ']';
    case 'err':
      return `${e[1]}: ${e[2]}`;
    default:
      return JSON.stringify(e);
  }
}
const num = (e: Enc | null | undefined): number => Number(dec(e!) as bigint | number);

function invoke(r: MTRandom, name: string, args: (Enc | null)[]): unknown {
  const a = args.map((x) => (x === null ? undefined : dec(x)));
  switch (name) {
    case 'random':
      return r.random();
    case 'getrandbits':
      return r.getrandbits(a[0] as bigint);
    case 'randrange':
      return r.randrange(...(a as [bigint, bigint?, bigint?]));
    case 'randint':
      return r.randint(a[0] as bigint, a[1] as bigint);
    case 'choice':
      return BigInt(r.choice(num(args[0])));
    case 'shuffle':
      return r.shuffledIndices(num(args[0])).map(BigInt);
    case 'sample':
      return r.sample(num(args[0]), num(args[1])).map(BigInt);
    case 'uniform':
      return r.uniform(a[0] as number, a[1] as number);
    case 'gauss':
      return r.gauss(a[0] as number, a[1] as number);
    case 'normalvariate':
      return r.normalvariate(a[0] as number, a[1] as number);
    default:
      throw new Error('unknown call ' + name);
  }
}

// Lists of weights arrive as ['l', [['f', ...]]]: decode them to number[].
function decDeep(e: Enc): unknown {
  return e[0] === 'l' ? e[1].map(decDeep) : dec(e);
}

function oneUlpApart(a: string, b: string): boolean {
  if (!a.startsWith('f:') || !b.startsWith('f:')) return false;
  const d = BigInt('0x' + a.slice(2)) - BigInt('0x' + b.slice(2));
  return d >= -2n && d <= 2n;
}
let gaussUlp = 0;

describe('MTRandom is bit-exact with CPython 3.11 random.Random', () => {
  it('sha512 matches known digests', () => {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha512(new Uint8Array()))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'
    );
    expect(hex(sha512(new TextEncoder().encode('abc')))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'
    );
    const long = new Uint8Array(1000).fill(0x61);
    expect(hex(sha512(long)).slice(0, 16)).toBe('67ba5535a46e3f86');
  });

  it('hashes float seeds like CPython', () => {
    expect(hashFloat(3.5)).toBe(1152921504606846979n);
    expect(hashFloat(-2.5)).toBe(-1152921504606846978n);
    expect(hashFloat(0.1)).toBe(230584300921369408n);
    expect(hashFloat(Infinity)).toBe(314159n);
  });

  let total = 0;
  for (const { seed, calls } of entries) {
    it(`seed ${JSON.stringify(seed).slice(0, 40)}: ${calls.length} calls`, () => {
      const r = new MTRandom(dec(seed) as RandomSeed);
      const bad: string[] = [];
      for (const [name, rawArgs, want] of calls) {
        // weight lists are only passed to choices(), handled separately below
        const args = rawArgs.map((x) => (x && x[0] === 'l' ? null : x));
        let got: string;
        try {
          const weights = rawArgs.map((x) => (x && x[0] === 'l' ? decDeep(x) : undefined));
          const v =
            name === 'choices'
              ? r
                  .choices(
                    num(args[0]),
                    num(args[1]),
                    weights[2] as number[] | undefined,
                    weights[3] as number[] | undefined
                  )
                  .map(BigInt)
              : invoke(r, name, args);
          got = show(v);
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
          got = `${e.pyType}: ${e.message}`;
        }
        const expected = showEnc(want);
        if (got !== expected && name === 'gauss' && oneUlpApart(got, expected)) {
          gaussUlp++; // Math.cos/sin/log vs the C library: last-bit differences only
          total++;
          continue;
        }
        if (got !== expected) bad.push(`#${total} ${name}(${JSON.stringify(rawArgs)}): got ${got} want ${expected}`);
        total++;
      }
      expect(bad.slice(0, 10)).toEqual([]);
    });
  }

  it('checked thousands of calls', () => {
    expect(total).toBeGreaterThan(8000);
    // gauss() results may differ in the last bits (libm), never in the stream.
    expect(gaussUlp).toBeLessThan(15);
  });

  it('shuffles arrays in place', () => {
    const r = new MTRandom(0n);
    const a = ['a', 'b', 'c', 'd'];
    r.shuffle(a);
    expect([...a].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(new MTRandom().random()).toBe(new MTRandom(0n).random());
  });
});
