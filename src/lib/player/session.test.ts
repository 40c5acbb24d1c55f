import { describe, expect, it } from 'vitest';
import { fakeTicker } from '../../../tests/support/fake-ticker';
import { formatMessage } from '../i18n';
import { addMessages, locale } from '../i18n/locale.svelte';
import { EN } from '../i18n/messages.en-app';
import { ZH } from '../i18n/messages.zh';
import type { Caption } from '../scenario-meta';
import { buildTimeline, narrate, stateAt } from '../timeline';
import { LINKED } from '../../../tests/fixtures/timeline/linked';
import { SAY_AFTER } from '../../../tests/fixtures/timeline/say-after';
import { buildPlayerModel } from '../view/player-model';
import { playbackMachine } from './playback.machine';
import { PlayerSession, TraceCursor } from './session.svelte';

addMessages('en', EN);

function session(trace = SAY_AFTER, extra: Partial<ConstructorParameters<typeof PlayerSession>[0]> = {}) {
  const ticker = fakeTicker();
  const s = new PlayerSession({
    trace,
    machine: playbackMachine.provide({ actors: { ticker: ticker.actor } }),
    ...extra
  });
  return { s, ticker };
}

describe('PlayerSession: the one headless player', () => {
  it('derives the screen from the cursor: event, loop before and after, sentence, time', () => {
    const { s } = session();
    s.send({ type: 'SEEK', seq: 7 });
    expect(s.cursor).toBe(7);
    expect(s.event).toBe(SAY_AFTER[7]);
    expect(s.tSeconds).toBe(SAY_AFTER[7].t);
    expect(s.loop).toEqual(stateAt(SAY_AFTER, s.model.stateIndex, 7));
    expect(s.before).toEqual(stateAt(SAY_AFTER, s.model.stateIndex, 6));
    expect(s.sentence).toBe(formatMessage(narrate(SAY_AFTER[7], s.before), EN));
    expect(s.sentence).not.toBe('');
    expect(s.sentenceAt(8)).toBe(formatMessage(narrate(SAY_AFTER[8], s.loop), EN));
    s.stop();
  });

  it('lights the lane of the task by its id, not the newest task of the same name', () => {
    const { s } = session(LINKED);
    const tl = buildTimeline(LINKED);
    const first = tl.laneByTid.get(2)!;
    const second = tl.laneByTid.get(3)!;
    expect(first).not.toBe(second);
    expect(tl.laneByName.get('w')).toBe(second); // what the old code looked up for every 'w'
    s.send({ type: 'SEEK', seq: 11 }); // task.resume of the first w (tid 2)
    expect(s.currentLane).toBe(first);
    s.send({ type: 'SEEK', seq: 14 }); // task.resume of the second w (tid 3)
    expect(s.currentLane).toBe(second);
    s.send({ type: 'SEEK', seq: 10 }); // loop.tick
    expect(s.currentLane).toBe(tl.loopLane);
    // Lane colours follow ids too: each w keeps its own lane's colour.
    expect(s.model.toneOf('w', 2)).toBe(s.model.laneTone[first]);
    expect(s.model.toneOf('w', 3)).toBe(s.model.laneTone[second]);
    expect(s.model.toneOf('w', 2)).not.toBe(s.model.toneOf('w', 3));
    s.stop();
  });

  it('plays on the injected ticker and stops it on pause and on stop()', () => {
    const { s, ticker } = session();
    s.send({ type: 'PLAY' });
    expect(s.state).toBe('playing');
    expect(ticker.live).toBe(1);
    ticker.tick(2000);
    expect(s.cursor).toBeGreaterThan(0);
    s.send({ type: 'PAUSE' });
    expect(ticker.live).toBe(0);
    s.send({ type: 'PLAY' });
    s.stop();
    expect(ticker.live).toBe(0);
  });

  it('a re-run (load) swaps the model and keeps speed, pacing and the relative place, or goes where told', () => {
    const { s } = session(SAY_AFTER, { speed: 2, pacing: 'compressed' });
    const last = SAY_AFTER.length - 1;
    s.send({ type: 'SEEK', seq: last });
    const rerun = SAY_AFTER.map((e) => ({ ...e })); // the same program run again: a new trace, equal events
    s.load(rerun);
    expect(s.model.events).toBe(rerun);
    expect([s.speed, s.pacing, s.cursor]).toEqual([2, 'compressed', last]);
    s.load(LINKED, 3);
    expect(s.cursor).toBe(3);
    expect(s.event).toBe(LINKED[3]);
    expect(s.total).toBe(LINKED.length);
    s.stop();
  });

  it('steps caption to caption (pausing), and says when there is no caption further', () => {
    const line = SAY_AFTER.find((e) => e.line !== null && e.seq > 3)!.line!;
    const captions: Caption[] = [{ line, text: { en: 'here', zh: '这里' } }];
    const { s } = session(SAY_AFTER, { captions });
    expect(s.stops).not.toBeNull();
    expect(s.caption).toBeNull();
    const stop = s.nextStop()!;
    expect(s.stepCaption(1)).toBe(true);
    expect(s.cursor).toBe(stop);
    expect(s.caption).toBe('here');
    while (s.stepCaption(1));
    expect(s.stepCaption(1)).toBe(false);
    expect(s.playing).toBe(false);
    s.stop();
  });

  it('speaks the current language', () => {
    const { s } = session();
    s.send({ type: 'SEEK', seq: 5 });
    const en = s.sentence;
    addMessages('zh', ZH);
    locale.lang = 'zh';
    try {
      expect(s.sentence).toBe(formatMessage(narrate(SAY_AFTER[5], s.before), ZH));
      expect(s.sentence).not.toBe(en);
    } finally {
      locale.lang = 'en';
    }
    s.stop();
  });

  it('moves the loop clock and the sentence through a wait while playing; stepping stays event by event', () => {
    const { s, ticker } = session();
    // say_after: the first sleep's wait is the gap before the first event at t > 0.
    const before = SAY_AFTER.findIndex((e) => e.t > 0) - 1;
    s.send({ type: 'SEEK', seq: before });
    expect(s.waiting).toBe(false);
    s.send({ type: 'PLAY' });
    ticker.tick(250 + 400); // the event's own 0.25 s, then 0.4 s into the wait (virtual pacing: 1:1)
    expect(s.cursor).toBe(before);
    expect(s.waiting).toBe(true);
    expect(s.nowSeconds).toBeCloseTo(SAY_AFTER[before].t + 0.4, 9);
    expect(s.clockSeconds).toBe(0.4);
    expect(s.liveSentence).toMatch(/^Sleeping in select\(\) until t=1\.0, 2 timers pending \(now t=0\.4\)$/);
    ticker.tick(100);
    expect(s.nowSeconds).toBeCloseTo(SAY_AFTER[before].t + 0.5, 9);
    s.send({ type: 'PAUSE' });
    expect(s.waiting).toBe(false);
    expect(s.nowSeconds).toBe(s.tSeconds);
    s.send({ type: 'STEP', by: 'event', dir: 1 });
    expect(s.cursor).toBe(before + 1);
    s.stop();
  });

  it('restores a URL moment', () => {
    const { s } = session();
    s.restore({ cursor: 9, speed: 4, pacing: 'compressed' });
    expect([s.cursor, s.speed, s.pacing]).toEqual([9, 4, 'compressed']);
    s.stop();
  });
});

describe('TraceCursor: one trace at a cursor someone else moves (compare)', () => {
  it('follows its source', () => {
    const model = buildPlayerModel(LINKED);
    const side = new TraceCursor(() => ({ model, cursor: 14 }));
    expect(side.cursor).toBe(14);
    expect(side.event).toBe(LINKED[14]);
    expect(side.currentLane).toBe(model.timeline.laneByTid.get(3));
    expect(side.caption).toBeNull();
  });
});
