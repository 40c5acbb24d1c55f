import { parseHostCommand, type EmbedMessage, type HostCommand } from './messages';
import { acceptsMessage, learnOrigin, type OriginPolicy } from './origin';

/**
 * The embed's end of the postMessage API: listens for host commands (validated by messages.ts, filtered by the
 * origin policy of origin.ts) and posts ready / state / ended to the parent. State messages are de-duplicated: one
 * per change of (seq, playing). Nothing here throws into the page: a failing post is dropped.
 *
 * Invariants: nothing is posted before `start()`; every post goes to `window.parent` with an explicit targetOrigin
 * from `policy.targets` (never `*`); `ready` is posted once per target origin.
 */
export class EmbedBridge {
  #win: Window;
  #policy: OriginPolicy;
  #ready: () => EmbedMessage;
  #current: () => EmbedMessage;
  #onCommand: (c: HostCommand) => void;
  #announced = new Set<string>();
  #lastState = '';
  #started = false;

  constructor(opts: {
    win: Window;
    policy: OriginPolicy;
    ready: () => EmbedMessage;
    current: () => EmbedMessage;
    onCommand: (c: HostCommand) => void;
  }) {
    this.#win = opts.win;
    this.#policy = opts.policy;
    this.#ready = opts.ready;
    this.#current = opts.current;
    this.#onCommand = opts.onCommand;
  }

  /** Whether there is a parent to talk to at all (not when the page is opened on its own). */
  get framed(): boolean {
    return this.#win.parent !== this.#win;
  }

  start(): void {
    if (this.#started || !this.framed) return;
    this.#started = true;
    this.#win.addEventListener('message', this.#onMessage);
    this.#announce();
  }

  stop(): void {
    this.#win.removeEventListener('message', this.#onMessage);
    this.#started = false;
  }

  /** Posts the current state if it differs from the last one posted. */
  state(): void {
    const msg = this.#current();
    const key = JSON.stringify(msg);
    if (key === this.#lastState) return;
    this.#lastState = key;
    this.#post(msg);
  }

  ended(): void {
    this.#post({ type: 'aioscope.ended' });
  }

  #announce(): void {
    for (const origin of this.#policy.targets) {
      if (this.#announced.has(origin)) continue;
      this.#announced.add(origin);
      this.#postTo(origin, this.#ready());
      this.#postTo(origin, this.#current());
    }
    this.#lastState = JSON.stringify(this.#current());
  }

  #onMessage = (e: MessageEvent): void => {
    try {
      if (!acceptsMessage(this.#policy, e.origin, e.source === this.#win.parent)) return;
      const command = parseHostCommand(e.data);
      if (!command) return;
      if (learnOrigin(this.#policy, e.origin)) this.#announce();
      this.#onCommand(command);
    } catch {
      // A host's mistake must never break the embed.
    }
  };

  #post(msg: EmbedMessage): void {
    if (!this.#started) return;
    for (const origin of this.#policy.targets) this.#postTo(origin, msg);
  }

  #postTo(origin: string, msg: EmbedMessage): void {
    try {
      this.#win.parent.postMessage(msg, origin);
    } catch {
      // The parent went away or the origin is malformed: nothing to tell.
    }
  }
}
