import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scaleLinear } from 'd3-scale';
import { simulate } from '../simulate';
import type { LoopState } from '../timeline';
import { axisTicks, MIN_TICK_GAP_PX, spacedTicks, tickX } from './axis-ticks';
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

  it('spaces the drawn ticks so labels never touch, even where instants stretch the axis', () => {
    const blocking = simulate(readFileSync(resolve(root, 'scenarios', 'blocking_sleep.py'), 'utf8'), {
      file: 'blocking_sleep.py'
    }).events;
    const axis = buildEventAxis(blocking, 'virtual');
    const xOfU = (u: number) => 24 + (560 / axis.totalUnits) * u;
    const props = { axis, xOfU, u0: 0, u1: axis.totalUnits, width: 620 };
    const raw = axisTicks(axis, 0, axis.totalUnits, 620).map((t) => tickX(props, t));
    // The unthinned ticks do crowd here (the reason for spacedTicks) …
    expect(raw.some((x, i) => i > 0 && x - raw[i - 1] < MIN_TICK_GAP_PX)).toBe(true);
    // … and the drawn ones keep their distance, start with the first tick, and are a subset in order.
    const drawn = spacedTicks(props);
    expect(drawn[0].x).toBe(raw[0]);
    for (let i = 1; i < drawn.length; i++) expect(drawn[i].x - drawn[i - 1].x).toBeGreaterThanOrEqual(MIN_TICK_GAP_PX);
    expect(drawn.length).toBeGreaterThan(1);
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
