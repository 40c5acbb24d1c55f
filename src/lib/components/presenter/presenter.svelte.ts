import { goto, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import {
  CHANNEL_NAME,
  newSession,
  parseRequest,
  type PresenterRequest,
  type PresenterState
} from '../../presenter/channel';
import { deckHref, deckItemName, readPresenterQuery, withPresent, type DeckItem } from '../../presenter/deck';
import { clickTarget } from '../../presenter/stops';
import { GRANULARITIES, noteAt, parseGranularity, stepLabel, stopsFor, type Granularity } from '../../presenter/steps';
import { activeCaption } from '../../scenario-meta/captions';
import type { Caption } from '../../scenario-meta/types';
import { narrate, stateAt } from '../../timeline';
import { formatMessage } from '../../i18n';
import { catalog, pick } from '../../i18n/locale.svelte';
import type { Playback } from '../../player/playback.svelte';
import type { PlayerModel } from '../../view/player-model';
import { theme, type ThemeName } from '../shared/theme.svelte';

/**
 * Presenter mode for one player: the slide layout (Slide.svelte), fullscreen + projector theme, clicker keys that
 * step from stop to stop at the chosen granularity (presenter/steps.ts), a blank screen, a presenter window kept in
 * sync over a BroadcastChannel, and a deck (`?deck=…`, presenter/deck.ts) walked in order. State that must survive
 * moving to the next item of the deck lives in the URL: `present=<session>` (presenter mode on, and the channel
 * session the presenter window listens to), `item=` and `steps=` (the granularity).
 *
 * Invariants: the main window is the only writer of the cursor (the presenter window sends requests); `blank` is
 * false whenever `on` is false; the theme in force before presenting is restored on leaving.
 */
export class Presenter {
  on = $state(false);
  blank = $state(false);
  granularity: Granularity = $state('steps');
  session = '';
  #playback: Playback;
  #model: PlayerModel;
  #captions: readonly Caption[];
  #steps: readonly Caption[] | undefined;
  #notes: readonly Caption[] | undefined;
  /** The scenario id, or `play` for a playground program. */
  #scenario: string;
  #stops: number[] | null = null;
  #deck: DeckItem[] = [];
  #item: number | null = null;
  #channel: BroadcastChannel | null = null;
  #savedTheme: { attr: string | null; name: ThemeName } | null = null;

  constructor(opts: {
    playback: Playback;
    model: PlayerModel;
    captions: readonly Caption[];
    steps?: readonly Caption[];
    notes?: readonly Caption[];
    scenario: string;
  }) {
    this.#playback = opts.playback;
    this.#model = opts.model;
    this.#captions = opts.captions;
    this.#steps = opts.steps;
    this.#notes = opts.notes;
    this.#scenario = opts.scenario;
    this.#restop();
  }

  #restop(): void {
    this.#stops = stopsFor(this.granularity, {
      events: this.#model.events,
      captions: this.#captions,
      steps: this.#steps
    });
  }

  /** The player's trace was re-run (a what-if knob, a playground edit): the stops follow the new events. */
  setModel(
    model: PlayerModel,
    meta?: { captions: readonly Caption[]; steps?: readonly Caption[]; notes?: readonly Caption[] }
  ): void {
    this.#model = model;
    if (meta) {
      this.#captions = meta.captions;
      this.#steps = meta.steps;
      this.#notes = meta.notes;
    }
    this.#restop();
  }

  setGranularity(g: Granularity): void {
    this.granularity = g;
    this.#restop();
    this.#writeUrl();
    this.broadcast();
  }

  /** G: steps → captions → events → steps. */
  cycleGranularity(): void {
    this.setGranularity(GRANULARITIES[(GRANULARITIES.indexOf(this.granularity) + 2) % 3]!);
  }

  /** The author's name of the step at `seq` (in the page's language), or null. */
  stepName(seq: number): string | null {
    const label = stepLabel(this.#steps, this.#model.events, seq);
    return label ? pick(label) || null : null;
  }

  get deck(): readonly DeckItem[] {
    return this.#deck;
  }

  /** Client only: reads `deck=` and `present=` from the URL and resumes presenting after a deck move. */
  mount(search: string): void {
    const { deck, session, item, steps } = readPresenterQuery(search, this.#scenario);
    this.#deck = deck;
    this.#item = item;
    const g = parseGranularity(steps);
    if (g && g !== this.granularity) {
      this.granularity = g;
      this.#restop();
    }
    if (session) {
      this.session = session;
      this.#enter(false);
    }
  }

  destroy(): void {
    this.#channel?.close();
    this.#channel = null;
    if (this.on) this.#restoreTheme();
  }

  toggle(): void {
    if (this.on) this.exit();
    else this.#enter(true);
  }

  exit(): void {
    this.on = false;
    this.blank = false;
    this.#restoreTheme();
    this.#writeUrl();
    if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    this.broadcast();
  }

  #enter(requestFullscreen: boolean): void {
    if (!this.session) this.session = newSession();
    this.on = true;
    this.#savedTheme ??= { attr: document.documentElement.getAttribute('data-theme'), name: theme.name };
    document.documentElement.setAttribute('data-theme', 'projector');
    theme.name = 'projector';
    this.#openChannel();
    this.#writeUrl();
    // Fullscreen needs a user gesture and may be refused (iframes, policies): presenting works without it.
    if (requestFullscreen && !document.fullscreenElement && document.documentElement.requestFullscreen) {
      void document.documentElement.requestFullscreen().catch(() => {});
    }
    this.broadcast();
  }

  #restoreTheme(): void {
    if (!this.#savedTheme) return;
    const { attr, name } = this.#savedTheme;
    if (attr === null) document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', attr);
    theme.name = name;
    this.#savedTheme = null;
  }

  toggleBlank(): void {
    if (!this.on) return;
    this.blank = !this.blank;
    this.broadcast();
  }

  /** One clicker press: to the next / previous caption (or event); past either end, to the deck's neighbour. */
  click(dir: 1 | -1): void {
    const cursor = this.#playback.cursor;
    const to = clickTarget(cursor, this.#model.events.length, this.#stops, dir);
    if ('seq' in to) {
      this.#playback.send({ type: 'PAUSE' });
      this.#playback.send({ type: 'SEEK', seq: to.seq });
      return;
    }
    if (this.#item === null) return;
    const href = deckHref(
      this.#deck,
      this.#item + dir,
      dir,
      { session: this.on ? this.session : null, steps: this.granularity === 'steps' ? null : this.granularity },
      { scenario: (id) => resolve('/s/[id]', { id }), play: resolve('/play') }
    );
    // eslint-disable-next-line svelte/no-navigation-without-resolve -- the paths are resolve()d; only the query is added
    if (href) void goto(href, { noScroll: true, keepFocus: true });
  }

  /**
   * Keys for presenting (docs/talks.md); returns true when it handled the key (the player then leaves it alone).
   * Clickers send PageDown/PageUp, arrows or space; their "start" button sends F5, their "blank" button B or `.`.
   */
  onkey(e: KeyboardEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const key = e.key;
    if (key === 'p' || key === 'P' || (key === 'F5' && !this.on)) {
      if (key === 'F5') this.#enter(true);
      else this.toggle();
      return true;
    }
    if (!this.on) return false;
    const forward = key === 'PageDown' || key === 'ArrowRight' || key === 'ArrowDown' || key === ' ';
    const back = key === 'PageUp' || key === 'ArrowLeft' || key === 'ArrowUp';
    if ((forward && !e.shiftKey) || (back && !e.shiftKey) || (key === ' ' && e.shiftKey)) {
      this.click(forward && !e.shiftKey ? 1 : -1);
      return true;
    }
    const lower = key.length === 1 ? key.toLowerCase() : key;
    if (lower === 'b' || key === '.') this.toggleBlank();
    else if (lower === 'g') this.cycleGranularity();
    else if (lower === 'n') this.openWindow();
    else if (key === 'Enter') this.#playback.send({ type: 'TOGGLE' });
    else if (key === 'Escape') this.exit();
    else if (key === 'F5') return true;
    else return false;
    return true;
  }

  /** The presenter window, opened from a user gesture. */
  openWindow(): void {
    if (!this.on) this.#enter(false);
    const url = `${resolve('/present')}?session=${this.session}`;
    window.open(url, `aioscope-presenter-${this.session}`, 'popup,width=900,height=640');
  }

  #writeUrl(): void {
    const search = withPresent(
      window.location.search,
      this.on ? this.session : null,
      this.granularity === 'steps' ? null : this.granularity
    );
    if (search !== window.location.search) {
      try {
        // eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, only the query changes
        replaceState(`${window.location.pathname}${search}${window.location.hash}`, {});
      } catch {
        // the router is not ready yet (first mount): the next URL write carries it
      }
    }
  }

  #openChannel(): void {
    if (this.#channel || typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(CHANNEL_NAME);
    this.#channel.onmessage = (e: MessageEvent) => {
      const req = parseRequest(e.data, this.session);
      if (req) this.#handle(req);
    };
  }

  #handle(req: PresenterRequest): void {
    if (req.type === 'step') this.click(req.dir);
    else if (req.type === 'granularity') this.setGranularity(req.value);
    else if (req.type === 'blank') this.toggleBlank();
    else if (req.type === 'toggle') this.#playback.send({ type: 'TOGGLE' });
    this.broadcast();
  }

  /** The sentence narrating event `seq` (what the loop did), in the page's language. */
  #sentence(seq: number): string {
    const events = this.#model.events;
    const event = events[seq];
    if (!event) return '';
    return formatMessage(narrate(event, stateAt(events, this.#model.stateIndex, seq - 1)), catalog());
  }

  /** The embed showing the item on screen, for the presenter window's preview (it seeks it to our cursor). */
  #preview(): string {
    const q = 'controls=none&theme=projector&panes=narration,timeline,code,loop';
    if (this.#scenario === 'play') return `${resolve('/embed/play')}?${q}${window.location.hash}`;
    return `${resolve('/embed/[id]', { id: this.#scenario })}?${q}`;
  }

  /** Tells the presenter window where we are (called on every change of cursor, play state, blank, granularity). */
  broadcast(): void {
    if (!this.#channel) return;
    const events = this.#model.events;
    const cursor = this.#playback.cursor;
    const event = events[cursor];
    const to = clickTarget(cursor, events.length, this.#stops, 1);
    const nextSeq = 'seq' in to ? to.seq : null;
    const captionNow = activeCaption(this.#captions, events, cursor);
    let next: string | null = null;
    if (nextSeq !== null) {
      const nextCaption = activeCaption(this.#captions, events, nextSeq);
      next =
        this.stepName(nextSeq) ??
        (nextCaption && nextCaption !== captionNow ? pick(nextCaption.text) : null) ??
        this.#sentence(nextSeq);
    }
    const nextItem = this.#item !== null ? this.#deck[this.#item + 1] : undefined;
    const title = typeof document !== 'undefined' ? document.title.replace(/\s+—\s+aioscope$/, '') : this.#scenario;
    const note = noteAt(this.#notes, events, cursor);
    const msg: PresenterState = {
      type: 'state',
      session: this.session,
      scenario: this.#scenario,
      title,
      cursor,
      total: events.length,
      t: event?.t ?? 0,
      playing: this.#playback.playing,
      blank: this.blank,
      granularity: this.granularity,
      caption: pick(captionNow?.text) || null,
      sentence: this.#sentence(cursor),
      stepName: this.stepName(cursor),
      next,
      nextItem: nextItem ? deckItemName(nextItem) : null,
      deckEnd: nextItem === undefined,
      note: note ? pick(note) || null : null,
      deck: this.#deck.map((d) => deckItemName(d)),
      item: this.#item ?? -1,
      preview: this.#preview()
    };
    try {
      this.#channel.postMessage(msg);
    } catch {
      // the channel closed under us: the presenter window will ask again (hello)
    }
  }
}
