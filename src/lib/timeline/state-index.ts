import type { TraceEvent } from '../trace/events';
import { consoleOf, LoopReplay, type ConsoleLine, type LoopState } from './state';

/**
 * Fast `stateAt` for scrubbing: a deep snapshot of the replay every `every` events; a query clones the nearest
 * checkpoint at or before the cursor and replays at most `every - 1` events.
 *
 * Invariant: `checkpoints[k]` is the replay state after applying events `0 .. k * every` (inclusive).
 */
export interface StateIndex {
  every: number;
  checkpoints: LoopReplay[];
  console: ConsoleLine[];
}

export interface StateIndexOptions {
  /** Events between checkpoints. Default: about 4·√n, at least 256 (memory ∝ n/every snapshots, time ∝ every). */
  every?: number;
  /** The run's stderr text, when known (the playground): the final error's console entry is its traceback. */
  stderr?: string;
}

export function buildStateIndex(events: readonly TraceEvent[], options: StateIndexOptions = {}): StateIndex {
  const every = Math.max(1, Math.floor(options.every ?? Math.max(256, 4 * Math.ceil(Math.sqrt(events.length)))));
  const checkpoints: LoopReplay[] = [];
  const replay = new LoopReplay();
  events.forEach((ev, i) => {
    replay.apply(ev);
    if (i % every === 0) checkpoints.push(replay.clone());
  });
  return { every, checkpoints, console: consoleOf(events, options.stderr) };
}

/**
 * The loop as it is after events `0 .. cursorSeq` happened. A cursor before the first event gives the empty state;
 * one past the end is clamped to the last event.
 */
export function stateAt(events: readonly TraceEvent[], index: StateIndex, cursorSeq: number): LoopState {
  const cursor = Math.min(Math.floor(cursorSeq), events.length - 1);
  if (cursor < 0 || index.checkpoints.length === 0) return new LoopReplay().view(index.console);
  const k = Math.min(Math.floor(cursor / index.every), index.checkpoints.length - 1);
  const replay = index.checkpoints[k].clone();
  for (let i = k * index.every + 1; i <= cursor; i++) replay.apply(events[i]);
  return replay.view(index.console);
}

/** The reference: replay from the first event (slow for big traces; tests compare stateAt against it). */
export function replayState(events: readonly TraceEvent[], cursorSeq: number): LoopState {
  const replay = new LoopReplay();
  const last = Math.min(Math.floor(cursorSeq), events.length - 1);
  for (let i = 0; i <= last; i++) replay.apply(events[i]);
  return replay.view(consoleOf(events));
}
