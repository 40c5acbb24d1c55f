/**
 * What differs between the simulated Python versions, as named capabilities: one frozen `Features` object per version.
 * Code asks `features.queueShutdown`, never `python === '3.11'`, so every version difference is listed here once, with
 * the CPython change behind it. The engine reads `ctx.features`; the interpreter reads its run's `state.features`.
 *
 * Invariant: the objects are frozen constants (shared by every run); adding a version means adding one entry.
 */
export type PythonVersion = '3.11' | '3.14';

export interface Features {
  readonly version: PythonVersion;

  // ---- asyncio library (engine)
  /** 3.12: Task(eager_start=True) and asyncio.eager_task_factory. */
  readonly eagerTasks: boolean;
  /** 3.13: uncancel() reaching 0 clears a pending cancel request (_must_cancel). */
  readonly uncancelClearsMustCancel: boolean;
  /** 3.12: create_task passes name= to the task factory; 3.11 creates the task, then calls tasks._set_task_name. */
  readonly createTaskPassesName: boolean;
  /** 3.13: as_completed returns an iterator object that starts at once and also supports `async for`. */
  readonly asCompletedIterator: boolean;
  /** 3.13: Queue.shutdown() and QueueShutDown. */
  readonly queueShutdown: boolean;
  /** 3.12: shield logs an exception of an abandoned inner future (_log_on_exception); 3.11 only retrieves it. */
  readonly shieldLogsAbandoned: boolean;
  /** 3.14: tasks record who awaits them (awaited_by), which costs shield one more done-callback. */
  readonly awaitedBy: boolean;
  /** 3.12: timeouts and task groups recognise CancelledError by isinstance (3.11 compares the type's name). */
  readonly cancelledErrorByIsinstance: boolean;
  /** 3.12: timeouts.timeout chains the TimeoutError it raises to the CancelledError it replaces. */
  readonly timeoutChainsCancel: boolean;
  /** 3.12: a TaskGroup's parent cancel request is honoured after its children finish (gh-101581, gh-102780). */
  readonly taskGroupUncancelsParent: boolean;
  /** 3.12: gather counts arguments already done at once instead of through a done-callback. */
  readonly gatherCountsDoneAtOnce: boolean;
  /** 3.12: wait_for is `async with timeouts.timeout(...)`; 3.11 has its own timer and cancel dance. */
  readonly waitForIsTimeout: boolean;
  /** 3.13: Condition.wait re-acquires the lock in a loop that keeps a cancel for later (gh-112202). */
  readonly conditionWaitDefersCancel: boolean;
  /** 3.12: Semaphore.acquire wakes the next waiter itself when it is cancelled after being woken (gh-90155). */
  readonly semaphoreFairWakeup: boolean;
  /** 3.12: asyncio.run's executor shutdown joins its threads with a timeout (runners.Runner.close). */
  readonly executorShutdownTimeout: boolean;

  // ---- interpreter: messages, tracebacks and builtins (python)
  /** sys.version / sys.version_info. */
  readonly versionString: string;
  readonly versionInfo: readonly [bigint, bigint, bigint, string, bigint];
  /** 3.13: tracebacks anchor carets at a call's arguments and skip them when the whole statement is the call. */
  readonly callCarets: boolean;
  /** 3.12: comprehensions are inlined (PEP 709): no `<listcomp>` frame in tracebacks, the caller's frame keeps its
   * line (3.11 calls the comprehension as a function). */
  readonly inlinedComprehensions: boolean;
  /** 3.12: every int/float division, modulo and divmod by zero says "division by zero". */
  readonly uniformZeroDivision: boolean;
  /** 3.14's reworded messages: unhashable keys name their use, list.index, min()/max() of nothing, math domain
   * errors, "too many values to unpack" counts an exact tuple/list, a with statement names the missing method. */
  readonly rewordedMessages: boolean;
  /** 3.12: sum() of floats uses Neumaier compensation. */
  readonly compensatedSum: boolean;
  /** 3.14: the event-loop policy API is deprecated (DeprecationWarning). */
  readonly policyDeprecated: boolean;
  /** 3.11: get_event_loop() outside a running loop makes (and sets) the main thread's loop if none was ever set;
   * 3.14 raises "There is no current event loop" (gh-93453, 3.12 warned, 3.14 removed it). */
  readonly implicitEventLoop: boolean;
  /** 3.13: Queue reprs show ` shutdown` after Queue.shutdown(). */
  readonly queueReprShutdown: boolean;
}

const PY311: Features = Object.freeze({
  version: '3.11',
  eagerTasks: false,
  uncancelClearsMustCancel: false,
  createTaskPassesName: false,
  asCompletedIterator: false,
  queueShutdown: false,
  shieldLogsAbandoned: false,
  awaitedBy: false,
  cancelledErrorByIsinstance: false,
  timeoutChainsCancel: false,
  taskGroupUncancelsParent: false,
  gatherCountsDoneAtOnce: false,
  waitForIsTimeout: false,
  conditionWaitDefersCancel: false,
  semaphoreFairWakeup: false,
  executorShutdownTimeout: false,
  versionString: '3.11.7 (aioscope)',
  versionInfo: Object.freeze([3n, 11n, 7n, 'final', 0n] as const),
  callCarets: false,
  inlinedComprehensions: false,
  uniformZeroDivision: false,
  rewordedMessages: false,
  compensatedSum: false,
  policyDeprecated: false,
  implicitEventLoop: true,
  queueReprShutdown: false
});

const PY314: Features = Object.freeze({
  version: '3.14',
  eagerTasks: true,
  uncancelClearsMustCancel: true,
  createTaskPassesName: true,
  asCompletedIterator: true,
  queueShutdown: true,
  shieldLogsAbandoned: true,
  awaitedBy: true,
  cancelledErrorByIsinstance: true,
  timeoutChainsCancel: true,
  taskGroupUncancelsParent: true,
  gatherCountsDoneAtOnce: true,
  waitForIsTimeout: true,
  conditionWaitDefersCancel: true,
  semaphoreFairWakeup: true,
  executorShutdownTimeout: true,
  versionString: '3.14.0 (aioscope)',
  versionInfo: Object.freeze([3n, 14n, 0n, 'final', 0n] as const),
  callCarets: true,
  inlinedComprehensions: true,
  uniformZeroDivision: true,
  rewordedMessages: true,
  compensatedSum: true,
  policyDeprecated: true,
  implicitEventLoop: false,
  queueReprShutdown: true
});

const BY_VERSION: Readonly<Record<PythonVersion, Features>> = Object.freeze({ '3.11': PY311, '3.14': PY314 });

export function featuresOf(version: PythonVersion): Features {
  return BY_VERSION[version];
}
