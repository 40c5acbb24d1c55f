/** Shared shapes of the oracle runners (CPython subprocess and pyodide). */
import type { TraceEvent } from '../../src/lib/trace/events';

export type PythonVersion = '3.11' | '3.14';

/** One program for a batch run. `file` is the name the program is compiled under (tracebacks, `run.start.file`). */
export interface OracleProgram {
  id: string;
  source: string;
  file?: string;
  /** false: run without the task wrapper (only to prove the wrapper changes nothing observable). */
  instrument?: boolean;
}

/** What the oracle reports for one program (same shape as `simulate()` plus the id). */
export interface OracleResult {
  id: string;
  events: TraceEvent[];
  stdout: string;
  stderr: string;
  exitCode: number;
}
