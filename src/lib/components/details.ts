import { formatSeconds, SPAN_STATE_NAMES, SpanState, spanLabel, type Lane } from '../timeline';
import type { PlayerModel } from './player-model';

/**
 * The words shown when a span or a lane is hovered or focused: start, end, duration, line, what it awaited.
 * Times are virtual seconds, as Python would print them.
 */
export interface Detail {
  title: string;
  facts: Array<[string, string]>;
}

const s = (t: number) => `${formatSeconds(t)} s`;

export function spanDetail(model: PlayerModel, span: number, cursor: number): Detail {
  const { timeline, events } = model;
  const sp = timeline.spans;
  const lane = timeline.lanes[sp.lane[span]];
  const state = sp.state[span];
  const open = sp.endSeq[span] > cursor;
  const startSeq = sp.startSeq[span];
  const endSeq = Math.min(sp.endSeq[span], cursor);
  const start = sp.startSeconds[span];
  const end = events[endSeq]?.t ?? start;
  const label = spanLabel(timeline, span);
  const facts: Array<[string, string]> = [
    ['start', s(start)],
    ['end', open ? `${s(end)} so far` : s(sp.endSeconds[span])],
    ['duration', s((open ? end : sp.endSeconds[span]) - start)],
    ['events', `#${startSeq} → #${open ? `${endSeq}…` : sp.endSeq[span]}`]
  ];
  const line = events[startSeq]?.line;
  if (line !== null && line !== undefined) facts.push(['line', String(line)]);
  if (state === SpanState.waiting) facts.push(['awaits', label]);
  if (state === SpanState.idle) facts.push(['waits for', label || 'nothing']);
  if (state === SpanState.blocked) facts.push(['blocked by', label]);
  const what = state === SpanState.iteration ? `loop iteration ${label}` : SPAN_STATE_NAMES[state];
  return { title: `${lane.kind === 'loop' ? 'event loop' : lane.label}: ${what}`, facts };
}

export function laneDetail(lane: Lane, cursor: number): Detail {
  const facts: Array<[string, string]> = [['created', s(lane.createdSeconds)]];
  if (lane.coro) facts.push(['coroutine', `${lane.coro}()`]);
  if (lane.createdSeq > cursor) facts.unshift(['not yet', 'created later']);
  else if (lane.end && lane.end.seq <= cursor) {
    facts.push(['ended', `${s(lane.end.tSeconds)} (${lane.end.kind})`]);
    facts.push(['lifetime', s(lane.end.tSeconds - lane.createdSeconds)]);
    if (lane.end.detail) facts.push([lane.end.kind === 'done' ? 'result' : 'detail', lane.end.detail]);
  }
  return { title: lane.kind === 'loop' ? 'event loop' : lane.label, facts };
}
