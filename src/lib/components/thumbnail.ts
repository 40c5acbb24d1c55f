import { buildTimeline, isInternalCoro, SpanState } from '../timeline';
import type { TraceEvent } from '../trace/events';
import { TASK_TONES } from './player-model';

/**
 * A gallery card's tiny timeline, computed at build time from the scenario's real trace: per lane, the running and
 * waiting spans, plus blocking bands. x is linear in virtual seconds (0..1 of the run's length), like the player's
 * axis, so the picture's lengths are true; a run whose every step happens at t = 0 is spread by event instead, and
 * its axis says so. Lanes carry their coroutine's name and the axis its length, so the picture reads on its own.
 * Plain numbers and strings only: it is serialised into the prerendered page.
 */
export interface Thumb {
  /** One label per drawn lane: `loop`, the task's coroutine (`say_after`), or the thread's name. */
  labels: string[];
  /** [lane, x0, x1, kind (0 running, 1 waiting, 2 blocked), tone index (-1 loop/thread)] */
  marks: Array<[number, number, number, number, number]>;
  /** Virtual seconds the run lasts (0: everything happened at t = 0, and x is by event). */
  seconds: number;
}

const MAX_LANES = 6;

export function thumbnail(events: readonly TraceEvent[]): Thumb {
  const tl = buildTimeline(events);
  const end = events.length ? events[events.length - 1]!.t : 0;
  const shown = tl.lanes.filter((l) => !(l.kind === 'task' && isInternalCoro(l.coro))).slice(0, MAX_LANES);
  const row = new Map(shown.map((l, i) => [l.index, i]));
  const tones: number[] = [];
  let k = 0;
  for (const lane of tl.lanes) tones.push(lane.kind === 'task' ? k++ % TASK_TONES : -1);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const x = (seq: number) => round(end > 0 ? events[seq]!.t / end : seq / Math.max(1, events.length - 1));
  const marks: Thumb['marks'] = [];
  const sp = tl.spans;
  for (let i = 0; i < sp.count && marks.length < 600; i++) {
    const lane = row.get(sp.lane[i]);
    if (lane === undefined) continue;
    const state = sp.state[i];
    const kind =
      state === SpanState.running || state === SpanState.iteration
        ? 0
        : state === SpanState.waiting
          ? 1
          : state === SpanState.blocked
            ? 2
            : -1;
    if (kind < 0) continue;
    marks.push([lane, x(sp.startSeq[i]), x(sp.endSeq[i]), kind, tones[sp.lane[i]]]);
  }
  const labels = shown.map((l) =>
    l.kind === 'task' ? l.coro.split('.').pop() || l.name : l.kind === 'loop' ? 'loop' : l.name
  );
  return { labels, marks, seconds: end };
}
