/**
 * What the player shows of a run: its events with asyncio.run's own machinery hidden (src/lib/timeline/internals.ts),
 * the default of every player surface. Cursors, event counts and lanes in the page count these events.
 */
import { hideInternals } from '../../src/lib/timeline/internals';

export function shown<R extends { events: import('../../src/lib/trace/events').TraceEvent[] }>(run: R): R {
  return { ...run, events: hideInternals(run.events).events };
}
