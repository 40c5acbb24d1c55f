/**
 * PyRuntime: everything a run of the interpreter changes while it runs, in one object made per run.
 *
 * Invariants:
 *  - runProgram makes one PyRuntime per run; nothing else in src/lib/python or src/lib/engine is mutable at module
 *    level (tests/python/no-module-state.test.ts keeps it so). Two runs never share a frame, an object id, a user
 *    class, a dict-key token or an output sink, so a program gives the same result whatever ran before or between.
 *  - `state` is the runtime of the run executing now, like CPython's current thread state. `enter` swaps a run's
 *    runtime in and `leave` puts the previous one back: a run started inside another (or between two) leaves the
 *    outer one as it was. It is the one module-level variable the interpreter has.
 *  - code outside any run (unit tests calling the object model directly) uses an idle runtime of its own.
 *
 * Hot paths read `state.x` once per operation as they did with the old module objects (one module-binding load); the
 * compiled closures and functions do not look the runtime up again per step.
 */
import { featuresOf, type Features, type PythonVersion } from '../../engine/features';
import type { Frame } from '../interp/frame';
import type { Session } from '../interp/hooks';
import type { PyException, PyObject, PyType, PyValue } from './objects';

export type Stream = 'stdout' | 'stderr';

export class PyRuntime {
  readonly version: PythonVersion;
  readonly features: Features;

  // ---- execution (see interp/frame.ts)
  /** The innermost running frame. */
  frame: Frame | null = null;
  /** Steps (loop iterations + calls) in the current loop callback. */
  steps = 0;
  stepBudget = 1_000_000;
  /** Total steps of the run (a hard stop so nothing can hang). */
  totalSteps = 0;
  totalBudget = 50_000_000;
  /** Depth assumed below a task step (asyncio.run, run_until_complete, _run_once, Handle._run ...). */
  taskBaseDepth = 8;
  /** The program's own file name: trace lines are lines of this file (see eventLine). */
  mainFile = '';
  /** The frame blocked in asyncio.run while the loop runs: loop-level events have no Python line of their own. */
  loopFrame: Frame | null = null;
  /** Innermost coroutine frame of the suspension now propagating out to the loop (set by FrameGen). */
  yieldFrame: Frame | null = null;
  /** The engine's current task's coroutine body, if any (used to stamp task events with the line where that task is
   * parked). */
  currentTaskBody: () => unknown = () => null;
  /** True while the event loop runs callbacks (between asyncio.run's set-up and its return). */
  loopRunning: () => boolean = () => false;
  /** Name of the task currently running (for the step-budget message). */
  taskName: () => string = () => 'the program';

  // ---- the world outside the program
  /** Engine, modules, source lines, warnings (null in the idle runtime). */
  session: Session | null = null;
  /** Where print() and sys.stdout/stderr write. */
  write: (text: string, stream: Stream) => void = () => {};
  /** Where a worker thread's prints go while its function runs (set by the threads binding). */
  threadPrint: ((text: string, stream: Stream) => void) | null = null;
  /** The worker thread running now: its name and its own clock (time.sleep in a thread advances only that). */
  threadCtx: { name: string; clock: number } | null = null;
  /** Which loop the program asked for (uvloop.install / the uvloop policy). */
  loopKind: 'asyncio' | 'uvloop' = 'asyncio';

  // ---- object identity and keys (runtime/ops.ts)
  /** Fake but stable "addresses" for default reprs and id(), numbered in order of first use. */
  readonly ids = new WeakMap<object, number>();
  /** Ids of the objects standing for composite dict keys (shares the counter with `ids`). */
  readonly keyIds = new WeakMap<object, number>();
  nextId = 1;
  /** Objects whose repr is in progress (recursion guard: `[[...]]`). */
  readonly reprActive = new Set<PyObject>();
  /** Interned tokens for composite keys (tuples, frozensets). */
  readonly tokens = new Map<string, object>();
  /** Objects with a user __hash__/__eq__: hash → list of [representative, token]. */
  readonly userKeys = new Map<string, [PyValue, object][]>();
  /** The AttributeError a user __getattr__ raised during the last getAttrOpt (getAttr re-raises it as is). */
  getattrError: PyException | null = null;
  /** The user classes of this run, whose lookup caches are flushed when a class namespace changes. */
  readonly userTypes: PyType[] = [];

  // ---- asyncio binding (modules/asyncio.ts)
  /** The Python object standing for each engine object (a task, future, loop …), made on first use. */
  readonly wrappers = new WeakMap<object, PyObject>();
  /** The Python callable a task factory was installed from (get_task_factory returns it). */
  readonly factoryObjects = new WeakMap<object, PyValue>();

  constructor(version: PythonVersion = '3.14') {
    this.version = version;
    this.features = featuresOf(version);
  }
}

/** The runtime of the run executing now (see the invariants above). */
export let state: PyRuntime = new PyRuntime();

/** Makes `rt` the current runtime; returns the one it replaces (give it to `leave`). */
export function enter(rt: PyRuntime): PyRuntime {
  const prev = state;
  state = rt;
  return prev;
}

/** Puts back the runtime `enter` replaced. */
export function leave(prev: PyRuntime): void {
  state = prev;
}
