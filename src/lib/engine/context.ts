import type { Clock } from './clock';
import type { Host } from './contract';
import type { Features, PythonVersion } from './features';
import type { Tracer } from './tracer';

export type { PythonVersion } from './features';

/**
 * Process-wide state the loop and tasks need (implemented by Engine). In CPython these are module globals of
 * asyncio (the Task-N counter) or process facts (the clock, the interpreter).
 */
export interface EngineContext {
  readonly host: Host;
  readonly clock: Clock;
  readonly tracer: Tracer;
  readonly python: PythonVersion;
  /** What this Python version does differently (features.ts). */
  readonly features: Features;
  /** sleep()'s labels per delay, made once per run: programs sleep the same few delays thousands of times. */
  readonly sleepLabels: Map<number, { label: string; timer: { label: string } }>;
  /** Next value of tasks._task_name_counter (module-global: keeps counting across asyncio.run calls). */
  nextTaskNumber(): number;
  /** Next task id (trace `tid`): every Task object, creation order from 1, process-wide like the counter above. */
  nextTaskId(): number;
  /** Next loop handle id (trace handle ids, timer ids): one id space for every handle of the process, from 0. */
  nextHandleId(): number;
  /** Stable trace names for queues/locks: `${kind}-${n}` counting per kind. */
  nextObjectName(kind: string): string;
  readonly maxWorkers: number;
}

/** A JS error (not a Python exception) thrown out of Engine.run when the program would hang forever. */
export class SimulationStuck extends Error {
  constructor(readonly pending: string[]) {
    super(
      `the program would hang: nothing is ready, no timer is set, no thread runs (pending: ${pending.join(', ') || 'none'})`
    );
    this.name = 'SimulationStuck';
  }
}
