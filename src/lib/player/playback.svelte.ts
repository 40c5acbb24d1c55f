import { createActor, type SnapshotFrom } from 'xstate';
import { playbackMachine, type PlaybackEvent, type PlaybackInput } from './';

/**
 * The one bridge between the playback machine and Svelte: the UI reads `snapshot` (reactive) and calls `send`.
 * No playback logic lives here. The actor starts at once (the machine is inert while paused) and must be stopped by
 * the owner (the ticker actor runs only while playing).
 */
export class Playback {
  #actor;
  snapshot: SnapshotFrom<typeof playbackMachine> = $state.raw(null!);

  constructor(input: PlaybackInput) {
    this.#actor = createActor(playbackMachine, { input });
    this.snapshot = this.#actor.getSnapshot();
    this.#actor.subscribe((s) => (this.snapshot = s));
    this.#actor.start();
  }

  get cursor(): number {
    return this.snapshot.context.cursor;
  }
  get playing(): boolean {
    return this.snapshot.matches('playing');
  }
  get ended(): boolean {
    return this.snapshot.matches('ended');
  }

  send = (event: PlaybackEvent): void => {
    this.#actor.send(event);
  };

  stop(): void {
    this.#actor.stop();
  }
}
