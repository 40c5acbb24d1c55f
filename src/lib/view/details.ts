import { SPAN_STATE_NAMES, SpanState, spanLabel, type Lane } from '../timeline';
import { formatSeconds, type Translate } from '../i18n';
import type { PlayerModel } from './player-model';

/**
 * The words shown when a span or a lane is hovered or focused: start, end, duration, line, what it awaited.
 * Times are virtual seconds, as Python would print them. `t` is the current language (locale.svelte.ts's `t`).
 */
export interface Detail {
  title: string;
  facts: Array<[string, string]>;
}

const s = (sec: number) => `${formatSeconds(sec)} s`;

export function spanDetail(model: PlayerModel, span: number, cursor: number, t: Translate): Detail {
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
    [t('ui.fact.start'), s(start)],
    [t('ui.fact.end'), open ? t('ui.fact.soFar', { time: s(end) }) : s(sp.endSeconds[span])],
    [t('ui.fact.duration'), s((open ? end : sp.endSeconds[span]) - start)],
    [t('ui.fact.events'), `#${startSeq} → #${open ? `${endSeq}…` : sp.endSeq[span]}`]
  ];
  const line = events[startSeq]?.line;
  if (line !== null && line !== undefined) facts.push([t('ui.fact.line'), String(line)]);
  if (state === SpanState.waiting) facts.push([t('ui.fact.awaits'), label]);
  if (state === SpanState.idle) facts.push([t('ui.fact.waitsFor'), label || t('ui.nothing')]);
  if (state === SpanState.blocked) facts.push([t('ui.fact.blockedBy'), label]);
  const what =
    state === SpanState.iteration ? t('ui.span.iteration', { label }) : t(`ui.span.${SPAN_STATE_NAMES[state]}`);
  return { title: `${lane.kind === 'loop' ? t('ui.eventLoop') : lane.label}: ${what}`, facts };
}

export function laneDetail(lane: Lane, cursor: number, t: Translate): Detail {
  const facts: Array<[string, string]> = [[t('ui.fact.created'), s(lane.createdSeconds)]];
  if (lane.coro) facts.push([t('ui.fact.coroutine'), `${lane.coro}()`]);
  if (lane.createdSeq > cursor) facts.unshift([t('ui.fact.notYet'), t('ui.fact.createdLater')]);
  else if (lane.end && lane.end.seq <= cursor) {
    facts.push([t('ui.fact.ended'), `${s(lane.end.tSeconds)} (${t(`ui.endKind.${lane.end.kind}`)})`]);
    facts.push([t('ui.fact.lifetime'), s(lane.end.tSeconds - lane.createdSeconds)]);
    if (lane.end.detail)
      facts.push([t(lane.end.kind === 'done' ? 'ui.fact.result' : 'ui.fact.detail'), lane.end.detail]);
  }
  return { title: lane.kind === 'loop' ? t('ui.eventLoop') : lane.label, facts };
}
