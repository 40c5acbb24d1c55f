import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TraceEvent } from '../trace/events';
import { decimalsOf, exactTime, exactTitle, formatTime, resolutionOf, timeResolution } from './time-format';

const golden = (id: string): TraceEvent[] =>
  readFileSync(`scenarios/${id}.golden.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TraceEvent);

describe('times for people', () => {
  it('rounds float noise away at the trace resolution', () => {
    const r = { decimals: 1 };
    expect(formatTime(2.6999999999999997, r)).toBe('2.7');
    expect(formatTime(1.2000000000000002, r)).toBe('1.2');
    expect(formatTime(0.30000000000000004, r)).toBe('0.3');
    expect(formatTime(3, r)).toBe('3.0');
    expect(formatTime(-1e-17, r)).toBe('0.0');
  });

  it('finds the fewest decimals that write a value exactly', () => {
    expect(decimalsOf(1)).toBe(1);
    expect(decimalsOf(0.30000000000000004)).toBe(1);
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(0.284)).toBe(3);
    expect(decimalsOf(Math.PI)).toBe(9);
    expect(resolutionOf(0.3, 2.25).decimals).toBe(2);
  });

  it('takes the resolution of a whole trace from every time in it', () => {
    // to_thread: times like 1.2000000000000002 and a 301.2 s safety timer → one decimal
    expect(timeResolution(golden('to_thread')).decimals).toBe(1);
    expect(formatTime(1.2000000000000002, timeResolution(golden('to_thread')))).toBe('1.2');
    // aiohttp_fetch's simulated responses take 0.284 s, 0.431 s, 0.625 s
    expect(timeResolution(golden('aiohttp_fetch')).decimals).toBe(3);
    expect(timeResolution(golden('say_after')).decimals).toBe(1);
  });

  it('keeps the exact value for hover, as Python prints the float', () => {
    expect(exactTime(1.2000000000000002)).toBe('1.2000000000000002');
    expect(exactTime(3)).toBe('3.0');
    expect(exactTime(Infinity)).toBe('inf');
    expect(exactTitle(2.6999999999999997)).toBe('2.6999999999999997 s');
  });

  it('never throws on infinities', () => {
    expect(formatTime(Infinity)).toBe('∞');
    expect(formatTime(Number.NaN)).toBe('nan');
    expect(
      timeResolution([{ seq: 0, t: 0, line: null, kind: 'timer.add', id: 1, when: Infinity, label: 'x' }]).decimals
    ).toBe(1);
  });
});
