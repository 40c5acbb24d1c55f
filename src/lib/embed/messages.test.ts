import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHostCommand } from './messages';

describe('host → embed messages', () => {
  it('accepts exactly the documented shapes', () => {
    expect(parseHostCommand({ type: 'aioscope.play' })).toEqual({ type: 'aioscope.play' });
    expect(parseHostCommand({ type: 'aioscope.pause' })).toEqual({ type: 'aioscope.pause' });
    expect(parseHostCommand({ type: 'aioscope.seek', seq: 12 })).toEqual({ type: 'aioscope.seek', seq: 12 });
    expect(parseHostCommand({ type: 'aioscope.step', by: -3 })).toEqual({ type: 'aioscope.step', by: -3 });
    expect(parseHostCommand({ type: 'aioscope.step', by: 'print' })).toEqual({
      type: 'aioscope.step',
      by: 'print',
      dir: 1
    });
    expect(parseHostCommand({ type: 'aioscope.step', by: 'iteration', dir: -1 })).toEqual({
      type: 'aioscope.step',
      by: 'iteration',
      dir: -1
    });
    expect(parseHostCommand({ type: 'aioscope.speed', value: 0.25 })).toEqual({ type: 'aioscope.speed', value: 0.25 });
  });

  it('ignores anything malformed or unknown', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'aioscope.play',
      42,
      ['aioscope.play'],
      {},
      { type: 'aioscope.stop' },
      { type: 'AIOSCOPE.PLAY' },
      { type: 'aioscope.play', extra: 1 },
      { type: 'aioscope.seek' },
      { type: 'aioscope.seek', seq: -1 },
      { type: 'aioscope.seek', seq: 1.5 },
      { type: 'aioscope.seek', seq: '3' },
      { type: 'aioscope.seek', seq: Infinity },
      { type: 'aioscope.step', by: 0 },
      { type: 'aioscope.step', by: 2.5 },
      { type: 'aioscope.step', by: 1e12 },
      { type: 'aioscope.step', by: 'loop' },
      { type: 'aioscope.step', by: 3, dir: 1 },
      { type: 'aioscope.step', by: 'print', dir: 2 },
      { type: 'aioscope.speed', value: 3 },
      { type: 'aioscope.speed', value: '2' },
      new Date(),
      Object.assign(Object.create({ inherited: true }) as object, { type: 'aioscope.play' })
    ];
    for (const data of bad) expect(parseHostCommand(data)).toBeNull();
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        }
      }
    );
    expect(parseHostCommand(hostile)).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const parsed = parseHostCommand(data);
        expect(parsed === null || parsed.type.startsWith('aioscope.')).toBe(true);
      }),
      { numRuns: 500 }
    );
  });
});
