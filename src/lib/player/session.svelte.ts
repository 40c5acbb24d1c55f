import { formatMessage } from '../i18n';
import { catalog, pick } from '../i18n/locale.svelte';
import { captionStops, clickTarget, nextCaptionStop } from '../presenter/stops';
import { activeCaption, type Caption } from '../scenario-meta';
import { describeWait, narrate, stateAt, timeAtPlayback, type LoopState } from '../timeline';
import type { TraceEvent } from '../trace/events';
import { buildPlayerModel, eventLane, type PlayerModel } from '../view/player-model';
import type { PlaybackEvent, PlaybackInput, playbackMachine } from './playback.machine';
import { Playback } from './playback.svelte';

/**
 * The headless player: one model of the player used by every surface — the scenario player and the playground
 * (Player.svelte), the embed (EmbedPlayer.svelte), compare (ComparePlayer.svelte, one TraceCursor per side over a
 * shared Playback) and presenter mode (components/presenter/presenter.svelte.ts). Components render what it says and
 * send it events; none of them derives playback state of its own. Tested in session.test.ts (no DOM).
 *
 * API
 * - `new TraceCursor(read: () => { model, cursor }, captions?: () => readonly Caption[])` — one trace at a cursor,
 *   all reactive ($derived): `model`, `cursor`, `total`, `event` (the event at the cursor), `tSeconds`, `loop`
 *   (LoopState after the event), `before` (LoopState before it), `message` (narration as `{id, params}`),
 *   `sentence` (it in the current language), `caption` (the scenario caption active at the cursor, in the current
 *   language, or null), `currentLane` (the lane the event happens in: by task id, never by name; -1 for none).
 *   Methods: `sentenceAt(seq)` (the narration of event `seq`), `captionAt(seq)`.
 * - `new PlayerSession({ trace | model, captions?, cursor?, speed?, pacing? })` — a TraceCursor driven by its own
 *   playback machine (player/playback.machine.ts, through `Playback`). Everything of TraceCursor, plus:
 *   `playback` (the actor bridge: `snapshot`, `send`), `ctx` (machine context), `state` ('paused' | 'playing' |
 *   'ended'), `playing`, `ended`, `speed`, `pacing`, `captions` (settable), `stops` (caption stops, null without captions),
 *   `nowSeconds` (the loop clock at the playhead: it moves through waits while playing), `waiting` (the playhead is
 *   inside a wait), `liveSentence` (what the loop does during that wait, en + zh; else `sentence`).
 *   Methods: `send(event)`; `load(trace, cursor?)` (a re-run: new model, LOAD keeps speed, pacing, playing and the
 *   relative place unless `cursor` is given); `stepCaption(dir)` (pause and go to the next / previous caption, or
 *   event without captions; returns false at either end, where a deck may move on); `nextStop()` (the next caption
 *   stop after the cursor, or null); `restore({cursor, speed, pacing})` (a decoded URL); `stop()` (end the actor).
 *
 * Invariants: `model` and the machine's track always describe the same trace (load() changes both in one
 * synchronous step); every derived value is a function of (model, cursor, captions, language) only.
 */
export class TraceCursor {
  readonly #read: () => { model: PlayerModel; cursor: number };
  readonly #captions: () => readonly Caption[];

  constructor(read: () => { model: PlayerModel; cursor: number }, captions: () => readonly Caption[] = () => []) {
    this.#read = read;
    this.#captions = captions;
  }

  get model(): PlayerModel {
    return this.#read().model;
  }
  get cursor(): number {
    return this.#read().cursor;
  }
  readonly total: number = $derived(this.model.events.length);
  readonly event: TraceEvent | undefined = $derived(this.model.events[this.cursor]);
  readonly tSeconds: number = $derived(this.event?.t ?? 0);
  readonly loop: LoopState = $derived(stateAt(this.model.events, this.model.stateIndex, this.cursor));
  readonly before: LoopState = $derived(stateAt(this.model.events, this.model.stateIndex, this.cursor - 1));
  readonly message = $derived(this.event ? narrate(this.event, this.before) : null);
  readonly sentence: string = $derived(this.message ? formatMessage(this.message, catalog()) : '');
  readonly caption: string | null = $derived(this.captionAt(this.cursor));
  readonly currentLane: number = $derived(eventLane(this.model.timeline, this.event));

  /** The narration of event `seq` (what the presenter's notes show for the next event). */
  sentenceAt(seq: number): string {
    const { events, stateIndex } = this.model;
    const ev = events[seq];
    return ev ? formatMessage(narrate(ev, stateAt(events, stateIndex, seq - 1)), catalog()) : '';
  }

  /** The caption active at event `seq`, in the current language, or null. */
  captionAt(seq: number): string | null {
    return pick(activeCaption(this.#captions(), this.model.events, seq)?.text) || null;
  }
}

export interface SessionInput extends Omit<PlaybackInput, 'track'> {
  /** The trace to play, or a model already built from it (compare builds its models with shared axes). */
  trace?: readonly TraceEvent[];
  model?: PlayerModel;
  captions?: readonly Caption[];
  /** The playback machine (tests: `playbackMachine.provide({ actors: { ticker } })`). */
  machine?: typeof playbackMachine;
}

export class PlayerSession extends TraceCursor {
  readonly playback: Playback;
  #model: PlayerModel = $state.raw(null!);
  #captions: readonly Caption[] = $state.raw([]);

  constructor(input: SessionInput) {
    const model = input.model ?? buildPlayerModel(input.trace ?? []);
    const playback = new Playback(
      { track: model.track, cursor: input.cursor, speed: input.speed, pacing: input.pacing },
      input.machine
    );
    super(
      () => ({ model: this.#model, cursor: playback.cursor }),
      () => this.#captions
    );
    this.playback = playback;
    this.#model = model;
    this.#captions = input.captions ?? [];
  }

  get ctx() {
    return this.playback.snapshot.context;
  }
  get state(): 'paused' | 'playing' | 'ended' {
    return this.playback.snapshot.value as 'paused' | 'playing' | 'ended';
  }
  get playing(): boolean {
    return this.playback.playing;
  }
  get ended(): boolean {
    return this.playback.ended;
  }
  get speed(): number {
    return this.ctx.speed;
  }
  get pacing() {
    return this.ctx.pacing;
  }
  get captions(): readonly Caption[] {
    return this.#captions;
  }
  /**
   * The loop clock at the playhead (virtual seconds): while playing it moves continuously through waits (the playback
   * machine's playhead on the pacing's schedule); paused, it is the cursor's event time.
   */
  readonly nowSeconds: number = $derived.by(() => {
    const ctx = this.ctx;
    if (!this.playing) return this.tSeconds;
    const times = this.model.axis.virtual.tOfSeq;
    return Math.max(this.tSeconds, timeAtPlayback(ctx.track.schedules[ctx.pacing], times, ctx.playheadSeconds));
  });
  /** The playhead is inside a wait: virtual time passes and no event happens (select() sleeps, or a block freezes). */
  readonly waiting: boolean = $derived(this.nowSeconds > this.tSeconds + 1e-12);
  /** nowSeconds to the hundredth while it moves (a clock for people); the event's exact time otherwise. */
  readonly clockSeconds: number = $derived(
    this.waiting ? Math.floor(this.nowSeconds * 100 + 1e-9) / 100 : this.tSeconds
  );
  /** During a wait, what the loop is doing ("Sleeping in select() until t=1.0, 2 timers pending"); else `sentence`. */
  readonly liveSentence: string = $derived.by(() => {
    if (!this.waiting) return this.sentence;
    const next = this.model.events[this.cursor + 1]?.t ?? this.nowSeconds;
    return formatMessage(describeWait(this.loop, this.nowSeconds, next), catalog());
  });
  /** New captions (a knob re-tells the story); stops and the active caption follow. */
  set captions(captions: readonly Caption[]) {
    this.#captions = captions;
  }
  readonly stops: number[] | null = $derived(
    this.#captions.length > 0 ? captionStops(this.#captions, this.#model.events) : null
  );

  send = (event: PlaybackEvent): void => {
    this.playback.send(event);
  };

  /** A re-run (what-if knob, playground edit): the new trace replaces the old under the same playback. */
  load(trace: readonly TraceEvent[], cursor?: number): void {
    if (trace === this.#model.events) return;
    const model = buildPlayerModel(trace);
    this.#model = model;
    this.playback.send({ type: 'LOAD', track: model.track, cursor });
  }

  /** One clicker press or caption step: pauses and moves; false when there is nothing further this way. */
  stepCaption(dir: 1 | -1): boolean {
    const to = clickTarget(this.cursor, this.total, this.stops, dir);
    if (!('seq' in to)) return false;
    this.send({ type: 'PAUSE' });
    this.send({ type: 'SEEK', seq: to.seq });
    return true;
  }

  /** The next caption stop after the cursor (null without captions or after the last). */
  nextStop(): number | null {
    return nextCaptionStop(this.cursor, this.stops);
  }

  /** Applies a decoded URL moment (player/url-state.ts, embed params). */
  restore(at: { cursor?: number; speed?: number; pacing?: PlaybackInput['pacing'] }): void {
    if (at.pacing) this.send({ type: 'SET_PACING', pacing: at.pacing });
    if (at.speed !== undefined) this.send({ type: 'SET_SPEED', speed: at.speed });
    if (at.cursor !== undefined && at.cursor > 0) this.send({ type: 'SEEK', seq: at.cursor });
  }

  stop(): void {
    this.playback.stop();
  }
}
