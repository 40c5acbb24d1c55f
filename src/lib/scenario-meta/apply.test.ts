import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyKnobs } from './apply';
import { parseScenarioMeta, ScenarioMetaError } from './parse';

const SRC = `# Knobs
import asyncio

DELAY = 2  # knob: 0.5..5 step 0.5 "delay (s)"
WORKERS: int = 3  # knob: 1..6
SAFE = True  # knob: bool
MODE = 'fast'  # knob: 'fast' | "slow"
TEXT = "DELAY = 2"  # a string that looks like a knob is not one


async def main():
    await asyncio.sleep(DELAY)  # DELAY = 9 here is untouched
`;

describe('applyKnobs', () => {
  it('rewrites only the literals, keeping every other byte', () => {
    const out = applyKnobs(SRC, { DELAY: 3.5, WORKERS: 5, SAFE: false, MODE: 'slow' });
    expect(out).toBe(
      SRC.replace('DELAY = 2 ', 'DELAY = 3.5 ')
        .replace('WORKERS: int = 3', 'WORKERS: int = 5')
        .replace('SAFE = True', 'SAFE = False')
        .replace("MODE = 'fast'", 'MODE = "slow"')
    );
  });

  it('leaves the source identical for default values and for no values', () => {
    expect(applyKnobs(SRC, {})).toBe(SRC);
    expect(applyKnobs(SRC, { DELAY: 2, SAFE: true, MODE: 'fast' })).toBe(SRC);
  });

  it('writes a float knob as a float literal and snaps to the grid', () => {
    expect(applyKnobs(SRC, { DELAY: 4 })).toContain('DELAY = 4.0  # knob');
    expect(applyKnobs(SRC, { DELAY: 0.5 + 1e-12 })).toContain('DELAY = 0.5  # knob');
  });

  it('keeps \\r\\n line endings', () => {
    const crlf = SRC.replace(/\n/g, '\r\n');
    expect(applyKnobs(crlf, { WORKERS: 1 })).toBe(crlf.replace('WORKERS: int = 3', 'WORKERS: int = 1'));
  });

  it('throws a clear error for unknown names and bad values', () => {
    expect(() => applyKnobs(SRC, { NOPE: 1 })).toThrow('no knob named NOPE (knobs: DELAY, WORKERS, SAFE, MODE)');
    expect(() => applyKnobs(SRC, { WORKERS: 7 }, 'demo')).toThrow('demo.py:5: knob WORKERS takes 1..6, not 7');
    expect(() => applyKnobs(SRC, { SAFE: 'yes' })).toThrow(ScenarioMetaError);
    expect(() => applyKnobs('X = 1  # knob: 3..1\n', { X: 2 })).toThrow('the range 3..1 is empty');
  });

  it('property: any valid values keep the line count and re-parse to those values as defaults', () => {
    const value = fc.record({
      DELAY: fc.integer({ min: 1, max: 10 }).map((k) => k * 0.5),
      WORKERS: fc.integer({ min: 1, max: 6 }),
      SAFE: fc.boolean(),
      MODE: fc.constantFrom('fast', 'slow')
    });
    fc.assert(
      fc.property(value, (v) => {
        const out = applyKnobs(SRC, v);
        expect(out.split('\n').length).toBe(SRC.split('\n').length);
        const knobs = parseScenarioMeta('x', out).knobs;
        expect(Object.fromEntries(knobs.map((k) => [k.name, k.default]))).toEqual(v);
      })
    );
  });
});
