import { describe, expect, it } from 'vitest';
import { checkKnobValue, formatKnobValue, knobLiteral, parseKnobValue, readKnob } from './knobs';
import type { Knob, KnobValue } from './types';

function knob(code: string, spec: string): Knob {
  const r = readKnob(7, code, spec);
  if (typeof r === 'string') throw new Error(r);
  return r.knob;
}

function problem(code: string, spec: string): string {
  const r = readKnob(7, code, spec);
  if (typeof r !== 'string') throw new Error('expected a problem');
  return r;
}

describe('readKnob', () => {
  it('reads an int range with the default step 1 and the name as label', () => {
    expect(knob('LIMIT = 3', '1..8')).toEqual({
      type: 'int',
      name: 'LIMIT',
      line: 7,
      label: { en: 'LIMIT' },
      min: 1,
      max: 8,
      step: 1,
      default: 3
    });
  });

  it('reads a float range (any float bound, step or default makes it float; default step 0.1)', () => {
    expect(knob('D = 2', '0.5..5 step 0.5 "delay"')).toMatchObject({ type: 'float', step: 0.5, default: 2 });
    expect(knob('D = 2.0', '1..5')).toMatchObject({ type: 'float', step: 0.1 });
    expect(knob('D = -1', '-2..2 step 1')).toMatchObject({ type: 'int', min: -2, default: -1 });
    expect(knob('D: float = 0.25', '0..1 step 0.05')).toMatchObject({ type: 'float', default: 0.25 });
  });

  it('reads bool and choice knobs with English and Chinese labels', () => {
    expect(knob('SAFE = True', 'bool "use the lock" zh "使用锁"')).toEqual({
      type: 'bool',
      name: 'SAFE',
      line: 7,
      label: { en: 'use the lock', zh: '使用锁' },
      default: true
    });
    expect(knob("MODE = 'slow'", `"fast" | 'slow' "mode"`)).toEqual({
      type: 'choice',
      name: 'MODE',
      line: 7,
      label: { en: 'mode' },
      choices: [
        { value: 'fast', source: '"fast"' },
        { value: 'slow', source: "'slow'" }
      ],
      default: 'slow'
    });
    expect(knob('N = 0', '0 | 2000 | 5000')).toMatchObject({ type: 'choice', default: 0 });
  });

  it('explains every malformed spec', () => {
    expect(problem('X = 1', '')).toContain('empty spec');
    expect(problem('X = 1', '1..')).toContain('a number after `..`');
    expect(problem('X = 1', '1..5 step')).toContain('`step` needs a number');
    expect(problem('X = 1', '1..5 step 0')).toContain('step must be positive');
    expect(problem('X = 1', '5..1')).toContain('is empty');
    expect(problem('X = 9', '1..5')).toContain('outside 1..5');
    expect(problem('X = 0.3', '0..1 step 0.25')).toContain('not on the grid');
    expect(problem('X = 1', '"a"')).toContain('at least two alternatives');
    expect(problem('X = 1', '1 | 1')).toContain('listed twice');
    expect(problem('X = 3', '1 | 2')).toContain('not one of 1 | 2');
    expect(problem('X = 1', 'bool')).toContain('needs True or False');
    expect(problem('X = True', '1..3')).toContain('needs a number');
    expect(problem('X = 1', '1..3 "label" "second"')).toContain('only `zh "中文标签"`');
    expect(problem('X = 1', '1..3 @')).toContain('cannot read "@"');
    expect(problem('X = 1', 'slider 1..3')).toContain('unexpected `slider`');
    expect(problem('X = f(1)', '1..3')).toContain('must be a plain literal');
    expect(problem('    X = 1', '1..3')).toContain('module-level assignment');
    expect(problem('print(1)', '1..3')).toContain('module-level assignment');
    expect(problem('if X == 1:', '1..3')).toContain('module-level assignment');
  });
});

describe('knob values', () => {
  const delay = knob('D = 2', '0.5..5 step 0.5');
  const limit = knob('L = 3', '1..8');
  const tenth = knob('T = 0.1', '0..1 step 0.1');
  const mode = knob('M = "fast"', '"fast" | "slow"');
  const safe = knob('S = True', 'bool');

  it('checks ranges, grids and types and snaps float noise to the grid', () => {
    const msg = (k: Knob, v: KnobValue) => {
      const r = checkKnobValue(k, v);
      return r.ok ? `ok ${r.value}` : r.message;
    };
    expect(checkKnobValue(delay, 2.5)).toEqual({ ok: true, value: 2.5 });
    expect(checkKnobValue(tenth, 0.1 + 0.2)).toEqual({ ok: true, value: 0.3 });
    expect(checkKnobValue(mode, 'slow')).toEqual({ ok: true, value: 'slow' });
    expect(checkKnobValue(safe, false)).toEqual({ ok: true, value: false });
    expect(msg(delay, 6)).toBe('knob D takes 0.5..5, not 6');
    expect(msg(delay, 0.7)).toBe('knob D takes steps of 0.5 from 0.5, not 0.7');
    expect(msg(limit, 2.5)).toBe('knob L takes steps of 1 from 1, not 2.5');
    expect(msg(limit, Number.NaN)).toBe('knob L takes a number, not NaN');
    expect(msg(safe, 1)).toBe('knob S takes True or False, not 1');
    expect(msg(mode, 'medium')).toBe('knob M takes "fast" | "slow", not medium');
  });

  it('writes Python literals', () => {
    expect(knobLiteral(delay, 3)).toBe('3.0');
    expect(knobLiteral(delay, 0.5)).toBe('0.5');
    expect(knobLiteral(limit, 5)).toBe('5');
    expect(knobLiteral(safe, false)).toBe('False');
    expect(knobLiteral(mode, 'slow')).toBe('"slow"');
  });

  it('round-trips URL text and rejects what is not a valid value', () => {
    expect(parseKnobValue(delay, '2.5')).toBe(2.5);
    expect(parseKnobValue(delay, formatKnobValue(delay, 4.5))).toBe(4.5);
    expect(parseKnobValue(safe, 'false')).toBe(false);
    expect(parseKnobValue(safe, 'True')).toBe(true);
    expect(parseKnobValue(safe, formatKnobValue(safe, false))).toBe(false);
    expect(parseKnobValue(mode, 'slow')).toBe('slow');
    expect(parseKnobValue(knob('N = 0', '0 | 2000'), '2000')).toBe(2000);
    for (const bad of ['', 'abc', '1e', '99', '0.7', 'Infinity']) expect(parseKnobValue(delay, bad), bad).toBeNull();
    expect(parseKnobValue(safe, 'yes')).toBeNull();
    expect(parseKnobValue(mode, 'FAST')).toBeNull();
  });
});
