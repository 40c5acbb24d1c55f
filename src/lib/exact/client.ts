/**
 * The exact engine for a page: a SimClient (same queueing, superseding and wall-clock budget as the simulator's)
 * over the exact worker, created on first use only. Its module and the worker are loaded lazily (import() from the
 * page), so pages that never use the engine download none of it.
 */
import { base } from '$app/paths';
import { SimClient } from '../playground/sim-client';
import type { ExactProgress } from './protocol';
import { spawnExactWorker } from './spawn';

/** Wall-clock budget of one program on CPython, counted from the program's start (not the runtime's download). */
export const EXACT_TIMEOUT_MS = 10_000;

export function createExactClient(file: string, onProgress: (p: ExactProgress) => void): SimClient {
  return new SimClient(() => spawnExactWorker(base), {
    file,
    stepBudget: 0,
    timeoutMs: EXACT_TIMEOUT_MS,
    onProgress,
    budgetFromStart: true
  });
}
