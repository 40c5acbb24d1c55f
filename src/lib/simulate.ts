/**
 * The one wiring module: Python source → parser → interpreter → engine → trace (+ the bytes python3 would print).
 * Deterministic and synchronous. See src/lib/python/interp/run.ts for the details of each failure mode.
 */
import { runProgram, type RunOptions, type RunResult } from './python/interp/run';

export type SimulateOptions = RunOptions;
export type SimulateResult = RunResult;

export function simulate(source: string, options: SimulateOptions = {}): SimulateResult {
  return runProgram(source, options);
}
