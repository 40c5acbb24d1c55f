import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scaleLinear } from 'd3-scale';
import { simulate } from '../simulate';
import type { LoopState } from '../timeline';
import { axisTicks, tickX } from './axis-ticks';
import { activeLineOf, activeToneOf, parkedByLine } from './code-pane';
import { buildEventAxis, timeOfU } from './event-axis';

const root = resolve(import.meta.dirname, '../../..');
const events = simulate(readFileSync(resolve(root, 'scenarios', 'say_after.py'), 'utf8'), {
  file: 'say_after.py'
}).events;

describe('axisTicks (shared by Axis.svg.svelte and EmbedAxis.svelte)', () => {
  it('gives the ticks d3-scale gave the player axis, for whole and zoomed windows', () => {
    for (const pacing of ['virtual', 'compressed'] as const) {
      const axis = buildEventAxis(events, pacing);
      const windows = [
        [0, axis.totalUnits],
        [axis.totalUnits * 0.2, axis.totalUnits * 0.6],
        [axis.totalUnits * 0.5, axis.totalUnits * 0.5001]
      ];
      for (const [u0, u1] of windows) {
        for (const width of [100, 300, 900]) {
          const t0 = timeOfU(axis, u0);
          const t1 = timeOfU(axis, u1);
          const count = Math.max(2, Math.floor(width / 90));
          const old = (t1 > t0 ? scaleLinear().domain([t0, t1]).ticks(count) : [t0]).filter((t) => t >= t0 && t <= t1);
          const got = axisTicks(axis, u0, u1, width);
          expect(got).toEqual(old);
          expect(got.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('places a tick where the first event at its time starts', () => {
    const axis = buildEventAxis(events, 'compressed');
    const last = events.length - 1;
    const xOfU = (u: number) => 10 + 2 * u;
    expect(tickX({ axis, xOfU }, events[last].t)).toBe(
      xOfU(axis.uOfSeq[events.findIndex((e) => e.t === events[last].t)])
    );
  });
});

describe('code pane helpers (shared by CodePane.svelte and EmbedCode.svelte)', () => {
  const task = (name: string, line: number | null) => ({ name, line }) as LoopState['waiting'][number];
  const loop = (running: LoopState['running'], waiting: LoopState['waiting']) => ({ running, waiting }) as LoopState;

  it('parks waiting tasks on their lines, in order, skipping tasks without a line', () => {
    const parked = parkedByLine(loop(null, [task('a', 3), task('b', null), task('c', 3), task('d', 7)]));
    expect(parked).toEqual({ 3: ['a', 'c'], 7: ['d'] });
  });

  it("follows the running task's line and tone, else the event's line in the loop's tone", () => {
    const tones = new Map([['main', 'a']]);
    expect(activeLineOf(loop({ task: 'main', line: 5 }, []), 9)).toBe(5);
    expect(activeToneOf(loop({ task: 'main', line: 5 }, []), tones)).toBe('var(--tone-a)');
    expect(activeLineOf(loop(null, []), 9)).toBe(9);
    expect(activeToneOf(loop(null, []), tones)).toBe('var(--tone-loop)');
  });
});
