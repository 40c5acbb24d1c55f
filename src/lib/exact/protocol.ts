/**
 * Messages of the exact engine's worker (over a MessagePort, structured-clone friendly). Runs use the playground's
 * SimRequest / SimReply (so SimClient drives both engines); on top of them the worker sends progress while the
 * runtime loads and `started` when a program begins (SimClient's wall-clock budget counts from there, so a cold
 * start's download is not charged to the program).
 */
export interface ExactProgress {
  kind: 'progress';
  /** Bytes of the runtime received so far and in all (total 0 = not known yet). */
  loaded: number;
  total: number;
  phase: 'download' | 'start' | 'ready';
}

export interface ExactStarted {
  kind: 'started';
  id: number;
}

export type ExactNotice = ExactProgress | ExactStarted;

export function isNotice(data: unknown): data is ExactNotice {
  const k = (data as { kind?: unknown } | null)?.kind;
  return k === 'progress' || k === 'started';
}
