/* eslint-disable @typescript-eslint/no-this-alias -- coroutine bodies are nested generator functions (JS has no
   generator arrows) mirroring CPython's `async def` methods. */
import type { TraceEvent } from '../trace/events';
import { AsCompleted } from './as-completed';
import { awaitAny, ensureFuture, type Awaitable } from './awaitables';
import { Clock } from './clock';
import type { EngineContext, PythonVersion } from './context';
import type { Host } from './contract';
import { Coroutine } from './coroutine';
import type { Future } from './futures';
import { gather } from './gather';
import { BoundedSemaphore, Condition, Event, Lock, Semaphore } from './locks';
import { EventLoop, type TaskFactory } from './loop';
import { LifoQueue, PriorityQueue, Queue } from './queues';
import { runMain, shutdownAsyncgens, shutdownDefaultExecutor, type RunOptions } from './runner';
import { shield } from './shield';
import { sleep } from './sleep';
import { TaskGroup } from './taskgroup';
import { Task, type TaskOptions } from './tasks';
import type { ThreadWork } from './threads';
import { timeout, timeoutAt, type Timeout } from './timeouts';
import { Tracer } from './tracer';
import { wait, type ReturnWhen } from './wait';
import { waitFor } from './wait-for';
import { featuresOf, type Features } from './features';

export interface EngineOptions {
  host: Host;
  python?: PythonVersion;
  clock?: Clock;
  onEvent?: (ev: TraceEvent) => void;
  maxWorkers?: number;
}

/**
 * One simulated Python process's asyncio: the facade the front end binds `import asyncio` to (names are Python's).
 *
 * Invariants: owns the one clock and the one tracer of the process; `loop` is the loop of the asyncio.run in
 * progress (null outside); the Task-N counter and the object-name counters are process-wide, like CPython's module
 * globals.
 */
export class Engine implements EngineContext {
  readonly host: Host;
  readonly python: PythonVersion;
  readonly features: Features;
  readonly sleepLabels = new Map<number, { label: string; timer: { label: string } }>();
  readonly clock: Clock;
  readonly tracer: Tracer;
  readonly maxWorkers: number;
  private loop: EventLoop | null = null;
  /** BaseDefaultEventLoopPolicy._local: the thread's current loop (set_event_loop) and whether one was ever set. */
  private policyLoop: EventLoop | null = null;
  private policySetCalled = false;
  private taskCounter = 0;
  private taskIds = 0;
  private handleIds = 0;
  private objectCounters = new Map<string, number>();
  private readonly getLoop = (): EventLoop => this.get_running_loop();

  constructor(opts: EngineOptions) {
    this.host = opts.host;
    this.python = opts.python ?? '3.14';
    this.features = featuresOf(this.python);
    this.clock = opts.clock ?? new Clock();
    this.tracer = new Tracer(this.clock, this.host, opts.onEvent);
    this.maxWorkers = opts.maxWorkers ?? Number.POSITIVE_INFINITY;
  }

  nextTaskNumber(): number {
    return ++this.taskCounter;
  }

  nextTaskId(): number {
    return ++this.taskIds;
  }

  nextHandleId(): number {
    return this.handleIds++;
  }

  nextObjectName(kind: string): string {
    const n = (this.objectCounters.get(kind) ?? 0) + 1;
    this.objectCounters.set(kind, n);
    return `${kind}-${n}`;
  }

  // ---------------------------------------------------------------- process-level helpers
  /** time.sleep(x) on the main thread: the whole loop blocks, the clock jumps. */
  blockingSleep(seconds: number): void {
    const task = this.loop?.current ?? null;
    // Stamped when the block begins (t = the clock before it moves); `until` is where the clock lands.
    const until = seconds > 0 ? this.clock.now + seconds : this.clock.now;
    this.tracer.emit({ kind: 'loop.block', task: task?.name ?? null, tid: task?.tid ?? null, seconds, until });
    this.clock.advance(seconds);
  }

  /** print(): emits the `print` event (task = current task; thread prints pass `thread` and their clock `at`). */
  print(text: string, opts: { stream?: 'stdout' | 'stderr'; thread?: string; at?: number } = {}): void {
    const current = opts.thread !== undefined ? null : (this.loop?.current ?? null);
    const body = {
      kind: 'print' as const,
      task: current?.name ?? null,
      text,
      ...(opts.thread !== undefined ? { thread: opts.thread } : {}),
      ...(opts.stream !== undefined && opts.stream !== 'stdout' ? { stream: opts.stream } : {}),
      tid: current?.tid ?? null
    };
    if (opts.at !== undefined) this.tracer.emitAt(opts.at, body);
    else this.tracer.emit(body);
  }

  /** End of the program: release events still held for a later time (worker threads). */
  finish(): void {
    this.tracer.flush();
  }

  // ---------------------------------------------------------------- asyncio module
  run(main: Coroutine, opts: RunOptions = {}): unknown {
    if (this.loop !== null && this.loop.is_running()) {
      // runners.run fails fast and leaves the coroutine as it is (the caller may still await it)
      throw this.host.makeError('RuntimeError', 'asyncio.run() cannot be called from a running event loop');
    }
    // Runner._lazy_init: new_event_loop + set_event_loop; Runner.close: set_event_loop(None).
    return runMain(
      this,
      (l) => {
        this.loop = l;
        this.set_event_loop(l);
      },
      main,
      opts
    );
  }

  get_running_loop(): EventLoop {
    if (this.loop === null || !this.loop.is_running())
      throw this.host.makeError('RuntimeError', 'no running event loop');
    return this.loop;
  }

  /**
   * asyncio.get_event_loop(): the running loop, else the policy's current loop. 3.11's policy creates (and sets) one
   * on first use in the main thread unless set_event_loop was ever called; 3.14's raises.
   */
  get_event_loop(): EventLoop {
    if (this.loop !== null && this.loop.is_running()) return this.loop;
    if (this.features.implicitEventLoop && this.policyLoop === null && !this.policySetCalled)
      this.set_event_loop(this.new_event_loop());
    if (this.policyLoop === null)
      throw this.host.makeError('RuntimeError', "There is no current event loop in thread 'MainThread'.");
    return this.policyLoop;
  }

  /** loop.shutdown_asyncgens() / loop.shutdown_default_executor() called by the program. */
  shutdownAsyncgens(loop: EventLoop): Coroutine {
    return shutdownAsyncgens(this, loop);
  }

  shutdownDefaultExecutor(loop: EventLoop): Coroutine {
    return shutdownDefaultExecutor(this, loop);
  }

  /** The loop gather/shield bind to: the first argument's if it is a future (ensure_future(fut) needs none). */
  private loopFor(aws: Awaitable[]): EventLoop {
    const first = aws[0];
    return first !== undefined && !(first instanceof Coroutine) ? first.get_loop() : this.get_event_loop();
  }

  /** asyncio.new_event_loop(): a fresh loop on the process clock, not running, not current. */
  new_event_loop(): EventLoop {
    return new EventLoop(this);
  }

  /** asyncio.set_event_loop(loop | None). */
  set_event_loop(loop: EventLoop | null): void {
    this.policySetCalled = true;
    this.policyLoop = loop;
  }

  /**
   * Runs `body` (a user-level run_forever / run_until_complete) with `loop` as the running loop, after
   * BaseEventLoop._check_running's two refusals. asyncio.run's own loop goes through run().
   */
  runLoop<R>(loop: EventLoop, body: () => R): R {
    if (loop.is_running()) throw this.host.makeError('RuntimeError', 'This event loop is already running');
    if (this.loop !== null && this.loop.is_running())
      throw this.host.makeError('RuntimeError', 'Cannot run the event loop while another loop is running');
    const outer = this.loop;
    this.loop = loop;
    try {
      return body();
    } finally {
      this.loop = outer;
    }
  }

  current_task(): Task | null {
    return this.get_running_loop().current;
  }

  /** The task being stepped now, or null (also outside asyncio.run, where current_task() raises). */
  runningTask(): Task | null {
    return this.loop === null ? null : this.loop.current;
  }

  /** True while a loop is running (asyncio.run's run_until_complete), without raising outside it. */
  loopRunning(): boolean {
    return this.loop !== null && this.loop.is_running();
  }

  all_tasks(): Task[] {
    return this.get_running_loop().allTasks();
  }

  create_task(coro: Coroutine, opts: TaskOptions = {}): Task {
    const loop = this.get_running_loop();
    if (!this.features.createTaskPassesName) {
      // tasks.create_task: loop.create_task(coro) (consumes Task-N) then _set_task_name.
      if (loop.taskFactory === null) return new Task(loop, coro, { name: opts.name ?? null, burnNumber: true });
      return loop.create_task(coro, { name: opts.name ?? null });
    }
    return loop.create_task(coro, opts);
  }

  ensure_future(x: Awaitable): Future {
    return x instanceof Coroutine ? ensureFuture(this.get_event_loop(), x) : ensureFuture(x.get_loop(), x);
  }

  sleep(delay: number, result: unknown = null): Coroutine {
    return sleep(this, this.getLoop, delay, result);
  }

  gather(aws: Awaitable[], opts: { return_exceptions?: boolean } = {}): Future {
    return gather(this.loopFor(aws), aws, opts.return_exceptions ?? false);
  }

  shield(x: Awaitable): Future {
    return shield(this.loopFor([x]), x);
  }

  wait(fs: Awaitable[], opts: { timeout?: number | null; return_when?: ReturnWhen } = {}): Coroutine {
    return wait(this.getLoop, fs, opts.timeout ?? null, opts.return_when ?? 'ALL_COMPLETED', this.host);
  }

  wait_for(x: Awaitable, timeoutSeconds: number | null): Coroutine {
    return waitFor(this, this.getLoop, x, timeoutSeconds);
  }

  timeout(delay: number | null): Timeout {
    return timeout(this, this.getLoop, delay);
  }

  timeout_at(when: number | null): Timeout {
    return timeoutAt(this, this.getLoop, when);
  }

  as_completed(aws: Awaitable[], opts: { timeout?: number | null } = {}): AsCompleted {
    return new AsCompleted(this, this.getLoop, aws, opts.timeout ?? null);
  }

  /** asyncio.to_thread(func): `return await loop.run_in_executor(None, func)`. */
  to_thread(work: ThreadWork, label: string): Coroutine {
    const self = this;
    function* body(): Generator<unknown, unknown, unknown> {
      const loop = self.get_running_loop();
      return yield* awaitAny(loop.run_in_executor(null, work, label));
    }
    return new Coroutine(this.host, body(), { qualname: 'to_thread' });
  }

  /** asyncio.eager_task_factory (3.12+; undefined under 3.11). */
  get eager_task_factory(): TaskFactory | undefined {
    if (!this.features.eagerTasks) return undefined;
    return (loop, coro, opts) => new Task(loop, coro, { ...opts, eager_start: opts.eager_start ?? true });
  }

  // ---------------------------------------------------------------- constructors bound to this engine
  Queue(maxsize = 0): Queue {
    return new Queue(this, this.getLoop, maxsize);
  }

  LifoQueue(maxsize = 0): LifoQueue {
    return new LifoQueue(this, this.getLoop, maxsize);
  }

  PriorityQueue(maxsize = 0): PriorityQueue {
    return new PriorityQueue(this, this.getLoop, maxsize);
  }

  Lock(): Lock {
    return new Lock(this, this.getLoop);
  }

  Event(): Event {
    return new Event(this, this.getLoop);
  }

  Condition(lock?: Lock | null): Condition {
    return new Condition(this, this.getLoop, lock);
  }

  Semaphore(value = 1): Semaphore {
    return new Semaphore(this, this.getLoop, value);
  }

  BoundedSemaphore(value = 1): BoundedSemaphore {
    return new BoundedSemaphore(this, this.getLoop, value);
  }

  TaskGroup(): TaskGroup {
    return new TaskGroup(this, this.getLoop);
  }
}
