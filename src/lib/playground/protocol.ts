/** Messages between the playground page and its simulation worker (structured-clone friendly). */
import type { TraceEvent } from '../trace/events';

export interface SimRequest {
  id: number;
  source: string;
  file: string;
  stepBudget: number;
}

export type SimReply =
  | { id: number; ok: true; events: TraceEvent[]; stdout: string; stderr: string; exitCode: number }
  /** The simulator itself threw (a bug, not the program's fault): reported, never hidden. */
  | { id: number; ok: false; crash: string };
