/**
 * The playground's drafts in localStorage: no edit is ever lost without a choice.
 *
 * The draft is the program the user was working on. Opening a share link (or a malformed one, which opens the default
 * program) while a different draft is stored does not touch it: the page is then "choosing" — the program on screen
 * is the shared one, its edits are kept under their own key (so a reload brings them and the choice back), and the
 * draft waits until the user picks: `restore()` (back to the draft; the shared edits go, by that choice) or
 * `adopt()` (the shared program becomes the draft; the old draft goes, by that choice).
 *
 * Invariant: while choosing, nothing writes the draft key; outside it, nothing writes the pending key.
 * Storage may be missing or throw (private mode, disabled): every method then does nothing and reads null.
 */
import { knobValues as shapedKnobValues } from './share';
import type { KnobValue } from '../scenario-meta/types';

export const DRAFT_KEY = 'aioscope-play-draft';
/** The draft's changed knob values (JSON), written together with the draft. */
export const DRAFT_KNOBS_KEY = 'aioscope-play-draft-knobs';
/** A shared program being edited while the choice is open. */
export const PENDING_KEY = 'aioscope-play-shared';
export const PENDING_KNOBS_KEY = 'aioscope-play-shared-knobs';

export interface StoredProgram {
  code: string;
  knobs: Record<string, KnobValue>;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class PlayDrafts {
  #choosing = false;

  constructor(
    private readonly store: Store | null,
    private readonly defaultProgram: string
  ) {
    // A choice left open before a reload is still open.
    this.#choosing = this.get(PENDING_KEY) !== null;
  }

  /** The stored draft, or null. */
  read(): StoredProgram | null {
    const code = this.get(DRAFT_KEY);
    return code === null ? null : { code, knobs: this.knobs(DRAFT_KNOBS_KEY) };
  }

  /** The shared program edited while choosing (after a reload), or null. */
  pending(): StoredProgram | null {
    const code = this.get(PENDING_KEY);
    return code === null ? null : { code, knobs: this.knobs(PENDING_KNOBS_KEY) };
  }

  get choosing(): boolean {
    return this.#choosing;
  }

  /**
   * A program from a link opens (`code`). Returns the draft to offer back — a stored draft that differs from it and
   * from the default program — and from then on keeps it aside (choosing); null when there is nothing to keep.
   */
  openShared(code: string): string | null {
    const draft = this.get(DRAFT_KEY);
    this.remove(PENDING_KEY, PENDING_KNOBS_KEY);
    this.#choosing = draft !== null && draft !== code && draft !== this.defaultProgram;
    return this.#choosing ? draft : null;
  }

  /** Saves the program being edited: as the draft, or, while choosing, as the pending shared program. */
  save(code: string, knobs: Record<string, KnobValue>): void {
    if (this.#choosing) this.put(PENDING_KEY, code, PENDING_KNOBS_KEY, knobs);
    else this.put(DRAFT_KEY, code, DRAFT_KNOBS_KEY, knobs);
  }

  /** Back to the draft: returns it and ends the choice (the pending shared edits are dropped). */
  restore(): StoredProgram | null {
    const draft = this.read();
    this.remove(PENDING_KEY, PENDING_KNOBS_KEY);
    this.#choosing = false;
    return draft;
  }

  /** Keep the shared program: it becomes the draft, and the choice ends. */
  adopt(code: string, knobs: Record<string, KnobValue>): void {
    this.#choosing = false;
    this.remove(PENDING_KEY, PENDING_KNOBS_KEY);
    this.put(DRAFT_KEY, code, DRAFT_KNOBS_KEY, knobs);
  }

  private get(key: string): string | null {
    try {
      return this.store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }
  private knobs(key: string): Record<string, KnobValue> {
    try {
      return shapedKnobValues(JSON.parse(this.get(key) ?? '{}'));
    } catch {
      return {};
    }
  }
  private put(key: string, code: string, knobsKey: string, knobs: Record<string, KnobValue>): void {
    try {
      this.store?.setItem(key, code);
      this.store?.setItem(knobsKey, JSON.stringify(knobs));
    } catch {
      // storage may be disabled: the program still lives in the editor (and in share links)
    }
  }
  private remove(...keys: string[]): void {
    try {
      for (const k of keys) this.store?.removeItem(k);
    } catch {
      // as above
    }
  }
}
