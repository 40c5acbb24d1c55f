/**
 * `import random`: a module-level random.Random bound to the bit-exact MT19937 in ../stdlib/mt-random.ts.
 * Unseeded programs start from seed 0 (CPython would use OS entropy, which no simulator can reproduce).
 */
import { MTRandom, type RandomSeed } from '../stdlib/mt-random';
import { typeError } from '../runtime/exceptions';
import { fn } from '../runtime/natives';
import { PyBytes, PyList, PyObject, PyTuple, PyType, T, type KwArgs, type PyValue } from '../runtime/objects';
import { asFloat, bindKwOpt, getItem, hash, iterToArray, len, toIndex, typeName } from './random-helpers';
import { moduleFactories } from '../interp/hooks';
import { makeModule } from './basic';

function seedOf(v: PyValue | undefined): RandomSeed | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return v.data;
  // other hashable objects seed with their hash
  return hash(v);
}

const RandomType = new PyType(T.type, 'Random', [T.object], 'native', true, 'random');
class PyRandom extends PyObject {
  constructor(readonly r: MTRandom) {
    super(RandomType);
  }
}

function api(r: () => MTRandom): Record<string, (a: PyValue[], kw: KwArgs) => PyValue> {
  return {
    seed: (a, kw) => {
      const [s] = bindKwOpt('seed', a, kw, ['a', 'version']);
      r().seed(seedOf(s));
      return null;
    },
    random: () => r().random(),
    uniform: (a) => r().uniform(num(a[0]), num(a[1])),
    randint: (a) => r().randint(toIndex(a[0]!), toIndex(a[1]!)),
    randrange: (a) =>
      a.length === 1
        ? r().randrange(toIndex(a[0]!))
        : r().randrange(toIndex(a[0]!), toIndex(a[1]!), a.length > 2 ? toIndex(a[2]!) : 1n),
    choice: (a) => {
      const seq = a[0]!;
      return getItem(seq, BigInt(r().choice(len(seq))));
    },
    shuffle: (a) => {
      const l = a[0];
      if (!(l instanceof PyList)) throw typeError(`'${typeName(l ?? null)}' object does not support item assignment`);
      r().shuffle(l.items);
      return null;
    },
    sample: (a, kw) => {
      const [pop, k] = bindKwOpt('sample', a, kw, ['population', 'k', 'counts']);
      const items = pop instanceof PyList || pop instanceof PyTuple ? pop.items : iterToArray(pop!);
      const idx = r().sample(items.length, Number(toIndex(k!)));
      return new PyList(idx.map((i) => items[i]!));
    },
    choices: (a, kw) => {
      const [pop, weights, cum, k] = bindKwOpt('choices', a, kw, ['population', 'weights', 'cum_weights', 'k'], 2);
      const items = iterToArray(pop!);
      const w = weights === undefined || weights === null ? undefined : iterToArray(weights).map(num);
      const cw = cum === undefined || cum === null ? undefined : iterToArray(cum).map(num);
      const idx = r().choices(items.length, k === undefined ? 1 : Number(toIndex(k)), w, cw);
      return new PyList(idx.map((i) => items[i]!));
    },
    getrandbits: (a) => r().getrandbits(toIndex(a[0]!)),
    gauss: (a) => r().gauss(a.length > 0 ? num(a[0]!) : 0, a.length > 1 ? num(a[1]!) : 1),
    normalvariate: (a) => r().normalvariate(a.length > 0 ? num(a[0]!) : 0, a.length > 1 ? num(a[1]!) : 1)
  };
}

function num(v: PyValue): number {
  const x = asFloat(v);
  if (x === null) throw typeError(`must be real number, not ${typeName(v)}`);
  return x;
}

RandomType.ctor = (cls, a) => new PyRandom(new MTRandom(seedOf(a[0])));
{
  const methods = (self: PyValue) => api(() => (self as PyRandom).r);
  for (const name of Object.keys(api(() => new MTRandom()))) {
    RandomType.dict.set(
      name,
      fnMethod(name, (a, kw) => methods(a[0]!)[name]!(a.slice(1), kw))
    );
  }
}
function fnMethod(name: string, f: (a: PyValue[], kw: KwArgs) => PyValue): PyValue {
  const n = fn(name, f);
  n.owner = RandomType;
  return n;
}

moduleFactories.set('random', () => {
  const inst = new MTRandom();
  const entries: Record<string, PyValue> = { Random: RandomType };
  for (const [name, f] of Object.entries(api(() => inst))) entries[name] = fn(name, f);
  return makeModule('random', entries);
});
