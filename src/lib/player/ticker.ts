import { fromCallback, type EventObject } from 'xstate';

/** What a ticker sends while playback runs: wall milliseconds since its previous tick. */
export interface TickEvent extends EventObject {
  type: 'TICK';
  dtMs: number;
}

/**
 * The player's only time source: an actor invoked while the playback machine is `playing`, stopped (and its frame
 * request or interval cancelled) when it leaves that state. Tests replace it via `machine.provide({ actors })`.
 * Uses requestAnimationFrame when there is one (browsers pause it in background tabs), else a 60 Hz interval.
 */
export const frameTicker = fromCallback<EventObject>(({ sendBack }) => {
  const now = () => globalThis.performance.now();
  let last = now();
  const tick = () => {
    const t = now();
    sendBack({ type: 'TICK', dtMs: t - last } satisfies TickEvent);
    last = t;
  };
  const raf = globalThis.requestAnimationFrame;
  if (typeof raf === 'function') {
    let id = 0;
    const loop = () => {
      tick();
      id = raf(loop);
    };
    id = raf(loop);
    return () => globalThis.cancelAnimationFrame(id);
  }
  const id = globalThis.setInterval(tick, 1000 / 60);
  return () => globalThis.clearInterval(id);
});
