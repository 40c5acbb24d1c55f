/**
 * Frames, budgets and the line a trace event happens at (the execution state itself is the run's PyRuntime).
 *
 * A Frame is one activation of a code object (module body, function call, class body, comprehension). Invariants:
 *  - `l` holds fast locals by slot (see scope.ts); cell and free slots hold Cell objects; `undefined` = unbound;
 *  - `line` is the line of the statement executing now (Host.currentLine reads the innermost frame's);
 *  - `state.frame` (the run's PyRuntime, runtime/py-runtime.ts) is the innermost running frame: set on function entry / generator resume, restored on exit /
 *    suspend (coroutine bodies are wrapped in FrameGen for that);
 *  - `exc` is the exception being handled by an `except` block of this frame (bare `raise`, implicit __context__).
 */
import type { Cell, PyException, PyValue } from '../runtime/objects';
import type { ScopeInfo } from './scope';
import { state } from '../runtime/py-runtime';

export { state };

export interface Code {
  name: string;
  qualname: string;
  filename: string;
  firstLine: number;
  scope: ScopeInfo;
}

export class Frame {
  l: (PyValue | Cell | undefined)[];
  line: number;
  ret: PyValue = null;
  back: Frame | null = null;
  exc: PyException | null = null;
  depth = 0;
  constructor(
    public code: Code,
    public g: Map<string, PyValue>,
    /** Class body namespace (null in functions and modules). */
    public ns: Map<string, PyValue> | null,
    nslots: number
  ) {
    this.l = new Array(nslots);
    this.line = code.firstLine;
  }
}

/** Raised (as a JS error, not a Python exception) when a budget stops the simulation. */
export class BudgetAbort extends Error {
  constructor(
    readonly code: 'AIO-R001' | 'AIO-R002' | 'AIO-R004' | 'AIO-R005' | 'AIO-R007',
    readonly params: Record<string, string | number>,
    readonly line: number | null
  ) {
    super(code);
    this.name = 'BudgetAbort';
  }
}

export const RECURSION_LIMIT = 1000;

export function overBudget(): never {
  state.totalSteps += state.steps;
  if (state.totalSteps > state.totalBudget) {
    throw new BudgetAbort('AIO-R005', { steps: state.totalBudget }, state.frame?.line ?? null);
  }
  throw new BudgetAbort('AIO-R001', { task: state.taskName(), steps: state.steps }, state.frame?.line ?? null);
}

export function currentLine(): number | null {
  return state.frame ? state.frame.line : null;
}

/**
 * The line a trace event happens at, always a line of the program's own file (the code pane shows that file; a line
 * of an imported Python-source module such as the simulated aiohttp would point at an unrelated line). Inside Python
 * code: the innermost running frame of the program's file (walking out of module code to its caller). Between steps
 * (the loop resuming or suspending a task, timers firing), the running frame is the one blocked in asyncio.run, whose
 * line says nothing about the event: a task event then carries the line where that task is parked (its innermost
 * awaiting frame in the program's file, or its `def` line before its first step; null if the task runs only module
 * code), a pure loop event carries null, and asyncio.run's own set-up and tear-down (creating the main task) carry
 * asyncio.run's line.
 */
export function eventLine(): number | null {
  const f = state.frame;
  if (f !== null && f !== state.loopFrame) return ownLine(f, null);
  const body = state.currentTaskBody() as { parked?: Frame | null; f?: Frame } | null;
  if (body && body.f) return ownLine(body.parked ?? body.f, body.f);
  return f !== null && !state.loopRunning() ? f.line : null;
}

/** The line of the innermost frame of the program's file, from `f` outwards (not past `last` when given). */
function ownLine(f: Frame, last: Frame | null): number | null {
  for (let x: Frame | null = f; x !== null; x = x.back) {
    if (x.code.filename === state.mainFile) return x.line;
    if (x === last) break;
  }
  return null;
}
