import { goto, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import {
  CHANNEL_NAME,
  newSession,
  parseRequest,
  type PresenterRequest,
  type PresenterState
} from '../../presenter/channel';
import { deckNeighbour, deckQuery, readPresenterQuery, withPresent } from '../../presenter/deck';
import { captionStops, clickTarget, nextCaptionStop } from '../../presenter/stops';
import { activeCaption } from '../../scenario-meta/captions';
import type { Caption } from '../../scenario-meta/types';
import { narrate, stateAt } from '../../timeline';
import { formatMessage } from '../../i18n';
import { catalog, pick } from '../../i18n/locale.svelte';
import type { Playback } from '../../player/playback.svelte';
import type { PlayerModel } from '../../view/player-model';
import { theme, type ThemeName } from '../shared/theme.svelte';

/**
 * Presenter mode for one player: fullscreen + projector theme, clicker keys that step caption to caption (or event
 * to event), a blank screen, a presenter window kept in sync over a BroadcastChannel, and a deck of scenarios
 * (`?deck=a,b,c`) walked in order. State that must survive moving to the next scenario of the deck lives in the URL:
 * `present=<session>` (presenter mode on, and the channel session the presenter window listens to).
 *
 * Invariants: the main window is the only writer of the cursor (the presenter window sends requests); `blank` is
 * false whenever `on` is false; the theme in force before presenting is restored on leaving.
 */
export class Presenter {
  on = $state(false);
  blank = $state(false);
  session = '';
  #playback: Playback;
  #model: PlayerModel;
  #captions: readonly Caption[];
  #scenario: string;
  #stops: number[] | null;
  #deck: string[] = [];
  #channel: BroadcastChannel | null = null;
  #savedTheme: { attr: string | null; name: ThemeName } | null = null;

  constructor(opts: { playback: Playback; model: PlayerModel; captions: readonly Caption[]; scenario: string }) {
    this.#playback = opts.playback;
    this.#model = opts.model;
    this.#captions = opts.captions;
    this.#scenario = opts.scenario;
    this.#stops = opts.captions.length > 0 ? captionStops(opts.captions, opts.model.events) : null;
  }

  /** The player's trace was re-run (a what-if knob): caption stops and the window's state follow the new events. */
  setModel(model: PlayerModel): void {
    this.#model = model;
    this.#stops = this.#captions.length > 0 ? captionStops(this.#captions, model.events) : null;
  }

  get deck(): readonly string[] {
    return this.#deck;
  }

  /** Client only: reads `deck=` and `present=` from the URL and resumes presenting after a deck move. */
  mount(search: string): void {
    const { deck, session } = readPresenterQuery(search);
    this.#deck = deck;
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
    const next = deckNeighbour(this.#deck, this.#scenario, dir);
    if (!next) return;
    const query = deckQuery(this.#deck, this.on ? this.session : null, dir);
    // eslint-disable-next-line svelte/no-navigation-without-resolve -- the path is resolve()d; only the query is added
    void goto(`${resolve('/s/[id]', { id: next })}?${query}`, { noScroll: true, keepFocus: true });
  }

  /** Keys for presenting; returns true when it handled the key (the player then leaves it alone). */
  onkey(e: KeyboardEvent): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const key = e.key;
    if (key === 'p' || key === 'P') {
      this.toggle();
      return true;
    }
    if (!this.on) return false;
    if (key === 'PageDown' || (key === 'ArrowRight' && !e.shiftKey) || (key === 'ArrowDown' && !e.shiftKey)) {
      this.click(1);
      return true;
    }
    if (key === 'PageUp' || (key === 'ArrowLeft' && !e.shiftKey) || (key === 'ArrowUp' && !e.shiftKey)) {
      this.click(-1);
      return true;
    }
    if (key === 'b' || key === 'B') {
      this.toggleBlank();
      return true;
    }
    if (key === 'Escape') {
      this.exit();
      return true;
    }
    return false;
  }

  /** The presenter window, opened from a user gesture. */
  openWindow(): void {
    if (!this.on) this.#enter(false);
    const url = `${resolve('/present')}?session=${this.session}`;
    window.open(url, `aioscope-presenter-${this.session}`, 'popup,width=900,height=640');
  }

  #writeUrl(): void {
    const search = withPresent(window.location.search, this.on ? this.session : null);
    if (search !== window.location.search) {
      try {
        // eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, only the query changes
        replaceState(`${window.location.pathname}${search}`, {});
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
    else if (req.type === 'blank') this.toggleBlank();
    else if (req.type === 'toggle') this.#playback.send({ type: 'TOGGLE' });
    this.broadcast();
  }

  /** Tells the presenter window where we are (called on every change of cursor, play state or blank). */
  broadcast(): void {
    if (!this.#channel) return;
    const events = this.#model.events;
    const cursor = this.#playback.cursor;
    const event = events[cursor];
    const next = events[cursor + 1];
    const here = stateAt(events, this.#model.stateIndex, cursor);
    const before = stateAt(events, this.#model.stateIndex, cursor - 1);
    const nextStop = nextCaptionStop(cursor, this.#stops);
    const nextCap = nextStop === null ? null : activeCaption(this.#captions, events, nextStop);
    const title = typeof document !== 'undefined' ? document.title.replace(/\s+—\s+aioscope$/, '') : this.#scenario;
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
      caption: pick(activeCaption(this.#captions, events, cursor)?.text) || null,
      nextCaption: nextCap ? pick(nextCap.text) : null,
      nextCaptionIn:
        nextStop === null ? null : (this.#stops?.filter((s) => s > cursor && s <= nextStop).length ?? null),
      sentence: event ? formatMessage(narrate(event, before), catalog()) : '',
      nextSentence: next ? formatMessage(narrate(next, here), catalog()) : '',
      deck: [...this.#deck]
    };
    try {
      this.#channel.postMessage(msg);
    } catch {
      // the channel closed under us: the presenter window will ask again (hello)
    }
  }
}
