import { expect } from 'vitest';
import { fromCallback, type EventObject } from 'xstate';
import type { TickEvent } from '../../src/lib/player/ticker';

/**
 * A ticker the test drives by hand, in place of player/ticker.ts's frame ticker (`playbackMachine.provide({ actors:
 * { ticker: fake.actor } })`); counts live instances to prove none leaks.
 */
export function fakeTicker() {
  const live = new Set<(ev: EventObject) => void>();
  let started = 0;
  const actor = fromCallback<EventObject>(({ sendBack }) => {
    started++;
    live.add(sendBack);
    return () => live.delete(sendBack);
  });
  return {
    actor,
    tick(dtMs: number) {
      expect(live.size).toBe(1);
      const tick: TickEvent = { type: 'TICK', dtMs };
      for (const send of live) send(tick);
    },
    get live() {
      return live.size;
    },
    get started() {
      return started;
    }
  };
}
