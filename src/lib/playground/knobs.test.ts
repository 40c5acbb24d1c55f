import { describe, expect, it } from 'vitest';
import { carryValues, keepValues, knobbedSource, readKnobs } from './knobs';

const PROGRAM = `import asyncio

DELAY = 2  # knob: 0.5..5 step 0.5 "delay (s)"
SAFE = True  # knob: bool
MODE = "fast"  # knob: "fast" | "slow"


async def main():
    await asyncio.sleep(DELAY)
    print(SAFE, MODE)


asyncio.run(main())
`;

describe('playground knobs', () => {
  it('reads the knobs declared in the program', () => {
    const { knobs, problem } = readKnobs(PROGRAM);
    expect(problem).toBeNull();
    expect(knobs.map((k) => [k.name, k.type, k.line, k.default])).toEqual([
      ['DELAY', 'float', 3, 2],
      ['SAFE', 'bool', 4, true],
      ['MODE', 'choice', 5, 'fast']
    ]);
    expect(readKnobs('print(1)\n')).toEqual({ knobs: [], problem: null });
  });

  it('reports a malformed knob with its line and keeps the good ones', () => {
    const bad = PROGRAM.replace('# knob: bool', '# knob: 5..1');
    const { knobs, problem } = readKnobs(bad);
    expect(knobs.map((k) => k.name)).toEqual(['DELAY', 'MODE']);
    expect(problem).toMatch(/^main\.py:4: knob SAFE: /);
  });

  it('keeps only valid, non-default values (snapped), whatever the input', () => {
    const { knobs } = readKnobs(PROGRAM);
    expect(keepValues(knobs, { DELAY: 3.5, SAFE: false, MODE: 'slow' })).toEqual({
      DELAY: 3.5,
      SAFE: false,
      MODE: 'slow'
    });
    expect(keepValues(knobs, { DELAY: 0.1 + 0.2 + 0.2 })).toEqual({ DELAY: 0.5 });
    // Defaults, unknown names, wrong types, out of range, off grid, objects and inherited names are all dropped.
    expect(
      keepValues(knobs, {
        DELAY: 2,
        NOPE: 1,
        SAFE: 'yes',
        MODE: 'medium',
        toString: 1,
        constructor: {},
        __proto__: { DELAY: 4 }
      })
    ).toEqual({});
    expect(keepValues(knobs, { DELAY: 99 })).toEqual({});
    expect(keepValues(knobs, { DELAY: 1.25 })).toEqual({});
    expect(keepValues(knobs, { DELAY: Number.NaN, MODE: null, SAFE: [true] })).toEqual({});
  });

  it('applies the values to the source, same lines, and runs a malformed program as written', () => {
    const { source, problem } = knobbedSource(PROGRAM, { DELAY: 4, MODE: 'slow' });
    expect(problem).toBeNull();
    expect(source).toBe(PROGRAM.replace('DELAY = 2 ', 'DELAY = 4.0 ').replace('MODE = "fast"', 'MODE = "slow"'));
    expect(knobbedSource(PROGRAM, {})).toEqual({ source: PROGRAM, problem: null });
    const bad = PROGRAM.replace('# knob: bool', '# knob: 5..1');
    const r = knobbedSource(bad, { DELAY: 4 });
    expect(r.source).toBe(bad);
    expect(r.problem).toMatch(/^main\.py:4: /);
  });

  it('after an edit, keeps the values of unchanged knobs and drops those whose literal was edited', () => {
    const before = readKnobs(PROGRAM).knobs;
    const values = { DELAY: 4, MODE: 'slow' };
    expect(carryValues(before, before, values)).toEqual(values);
    // First reading (nothing before, e.g. a share link being opened): values are only checked.
    expect(carryValues([], before, { ...values, NOPE: 1 })).toEqual(values);
    const edited = readKnobs(PROGRAM.replace('DELAY = 2 ', 'DELAY = 3 ')).knobs;
    expect(carryValues(before, edited, values)).toEqual({ MODE: 'slow' });
    const removed = readKnobs(PROGRAM.replace('MODE = "fast"  # knob: "fast" | "slow"', 'MODE = "fast"')).knobs;
    expect(carryValues(before, removed, values)).toEqual({ DELAY: 4 });
  });
});
