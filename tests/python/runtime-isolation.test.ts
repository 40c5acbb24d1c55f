/**
 * One runtime per run: the same program gives byte-identical results (trace, stdout, stderr, exit code) whatever ran
 * before it, and a run started while another is in the middle of its event loop leaves the outer one untouched.
 * Object addresses (`<__main__.A object at 0x…>`, id()), seeded random, user classes with __hash__, uvloop's loop
 * kind, worker-thread clocks and budget stops are the state that used to leak between runs.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimulateResult } from '../../src/lib/simulate';
import { moduleFactories } from '../../src/lib/python/interp/hooks';
import { makeModule } from '../../src/lib/python/modules/basic';

const ADDRESSES = `
import asyncio, random

class A:
    pass

class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k

random.seed(7)
a = A()
print(a, hex(id(a)), id(A()) - id(a))
print({Key(1): 'x', Key(2): 'y'}[Key(2)], {(1, 2): 3}, {frozenset({1}): 2})
print([random.random() for _ in range(3)], random.randint(1, 10**6))

async def work(n):
    await asyncio.sleep(0.1 * n)
    return A()

async def main():
    t = asyncio.create_task(work(1), name='w')
    print(t.get_name(), await t)
    print(await asyncio.gather(*(work(i) for i in range(3))))
    print(await asyncio.to_thread(lambda: A()))

asyncio.run(main())
print(A())
`;

const UVLOOP_AND_FAIL = `
import asyncio, uvloop, time

class B:
    def __repr__(self):
        return 'B()'

uvloop.install()

def blocking():
    time.sleep(2)
    print('thread done', time.monotonic())

async def main():
    await asyncio.to_thread(blocking)
    objs = [object() for _ in range(50)]
    print(objs[-1])
    raise ValueError(B())

asyncio.run(main())
`;

const RUNAWAY = `
while True:
    pass
`;

/** A module whose import runs another whole simulation (the interleaving case: a run inside a run). */
const NESTED = 'aioscope_test_nested_run';
const nestedResults: SimulateResult[] = [];
moduleFactories.set(NESTED, () => {
  nestedResults.push(simulate(UVLOOP_AND_FAIL, { file: 'b.py' }));
  return makeModule(NESTED, {});
});

const WITH_NESTED = ADDRESSES.replace(
  'print(t.get_name(), await t)',
  `print(t.get_name(), await t)\n    import ${NESTED}\n    print(A())`
);

const run = (src: string, python: '3.11' | '3.14' = '3.14') => simulate(src, { file: 'a.py', python });
const json = (r: SimulateResult) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

describe('each run gets its own runtime', () => {
  it('prints addresses and seeded random the same on every run, whatever ran before', () => {
    const first = json(run(ADDRESSES));
    expect(first).toContain('<__main__.A object at 0x7f00000000');
    const b1 = json(run(UVLOOP_AND_FAIL));
    expect(run(RUNAWAY).exitCode).not.toBe(0); // a budget stop in the middle of a run
    expect(json(run(ADDRESSES))).toBe(first);
    expect(json(run(UVLOOP_AND_FAIL))).toBe(b1);
    expect(json(run(ADDRESSES, '3.11'))).not.toBe(first); // the version is per run too …
    expect(json(run(ADDRESSES))).toBe(first); // … and does not stick
    expect(json(run(UVLOOP_AND_FAIL))).toBe(b1);
  });

  it('a run started in the middle of another leaves both as if each ran alone', () => {
    const alone = run(WITH_NESTED.replace(`    import ${NESTED}\n`, ''));
    const bAlone = json(simulate(UVLOOP_AND_FAIL, { file: 'b.py' }));
    nestedResults.length = 0;
    const outer = run(WITH_NESTED);
    expect(nestedResults).toHaveLength(1);
    expect(json(nestedResults[0]!)).toBe(bAlone);
    expect(outer.stdout).toBe(alone.stdout);
    expect(outer.stderr).toBe(alone.stderr);
    expect(outer.exitCode).toBe(alone.exitCode);
    // the trace differs only where the import statement ran (the line numbers after it shift by one)
    expect(outer.events.map((e) => e.kind)).toEqual(alone.events.map((e) => e.kind));
  });
});
