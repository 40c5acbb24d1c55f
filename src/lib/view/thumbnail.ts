import { buildTimeline, SpanState } from '../timeline';
import type { TraceEvent } from '../trace/events';
import { buildEventAxis } from './event-axis';
import { TASK_TONES } from './player-model';

/**
 * A gallery card's tiny timeline, computed at build time from the scenario's real trace: per lane, the running and
 * waiting spans in 0..1 coordinates on the compressed axis (so every scenario fills its card), plus blocking bands.
 * Plain numbers only: it is serialised into the prerendered page.
 */
export interface Thumb {
  lanes: number;
  /** [lane, x0, x1, kind (0 running, 1 waiting, 2 blocked), tone index (-1 loop/thread)] */
  marks: Array<[number, number, number, number, number]>;
}

const MAX_LANES = 8;

export function thumbnail(events: readonly TraceEvent[]): Thumb {
  const tl = buildTimeline(events);
  const axis = buildEventAxis(events, 'compressed');
  const lanes = Math.min(tl.lanes.length, MAX_LANES);
  const tones: number[] = [];
  let k = 0;
  for (const lane of tl.lanes) tones.push(lane.kind === 'task' ? k++ % TASK_TONES : -1);
  const marks: Thumb['marks'] = [];
  const x = (seq: number) => Math.round((axis.uOfSeq[seq] / axis.totalUnits) * 1000) / 1000;
  const sp = tl.spans;
  for (let i = 0; i < sp.count && marks.length < 600; i++) {
    const lane = sp.lane[i];
    if (lane >= lanes) continue;
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
    marks.push([lane, x(sp.startSeq[i]), x(sp.endSeq[i]), kind, tones[lane]]);
  }
  return { lanes, marks };
}
