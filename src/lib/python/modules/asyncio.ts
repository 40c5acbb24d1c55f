/**
 * `import asyncio` (and uvloop, aiohttp's needs): Python-visible objects bound to the engine's API
 * (src/lib/engine/README.md). Engine futures/tasks/queues/locks are wrapped in PyObjects (one wrapper per engine
 * object, so identity holds); engine results are converted back to Python values (JS arrays → lists, ...).
 */
import {
  Coroutine,
  EventLoop,
  Future,
  Task,
  TimerHandle,
  type Awaitable,
  type Engine,
  type ExceptionContext,
  type TaskFactory
} from '../../engine';
import { E, err, typeError, valueError } from '../runtime/exceptions';
import { bindKw, fn, getter, method } from '../runtime/natives';
import {
  PyException,
  PyList,
  PyModule,
  PyNative,
  PyObject,
  PyTuple,
  PyType,
  T,
  typeOf,
  type KwArgs,
  type PyValue
} from '../runtime/objects';
import { addressOf, call, iterToArray, newSet, repr, str, truthy, typeName } from '../runtime/ops';
import { state } from '../interp/frame';
import {
  awaitValue,
  futureHooks,
  moduleFactories,
  PyCoro,
  sess,
  UnsupportedError,
  wrapCoro,
  type Session
} from '../interp/hooks';
import { jsValueHooks } from '../interp/host';
import { excOnly, formatException } from '../interp/traceback';
import { makeModule, num } from './basic';
import type { TbEntry } from '../runtime/objects';

// ------------------------------------------------------------------------------------------------ types

function atype(name: string, module: string, base: PyType = T.object): PyType {
  return new PyType(T.type, name, [base], 'native', true, module);
}
export const FutureType = atype('Future', '_asyncio');
export const TaskType = atype('Task', '_asyncio', FutureType);
const AbstractEventLoopType = atype('AbstractEventLoop', 'asyncio.events');
const BaseEventLoopType = atype('BaseEventLoop', 'asyncio.base_events', AbstractEventLoopType);
export const LoopType = atype('_UnixSelectorEventLoop', 'asyncio.unix_events', BaseEventLoopType);
const HandleType = atype('Handle', 'asyncio.events');
const TimerHandleType = atype('TimerHandle', 'asyncio.events', HandleType);
export const QueueType = atype('Queue', 'asyncio.queues');
export const LifoQueueType = atype('LifoQueue', 'asyncio.queues', QueueType);
export const PriorityQueueType = atype('PriorityQueue', 'asyncio.queues', QueueType);
export const LockType = atype('Lock', 'asyncio.locks');
export const EventType = atype('Event', 'asyncio.locks');
export const ConditionType = atype('Condition', 'asyncio.locks');
export const SemaphoreType = atype('Semaphore', 'asyncio.locks');
export const BoundedSemaphoreType = atype('BoundedSemaphore', 'asyncio.locks', SemaphoreType);
const TaskGroupType = atype('TaskGroup', 'asyncio.taskgroups');
const TimeoutType = atype('Timeout', 'asyncio.timeouts');
const AsCompletedType = atype('_AsCompletedIterator', 'asyncio.tasks');
const PolicyType = atype('DefaultEventLoopPolicy', 'asyncio.unix_events');
const UvPolicyType = atype('EventLoopPolicy', 'uvloop');

/** A Python object wrapping one engine object. */
export class Wrapped<X> extends PyObject {
  constructor(
    cls: PyType,
    readonly x: X
  ) {
    super(cls);
  }
}

function wrapOnce<X extends object>(x: X, make: () => PyObject): PyObject {
  const wrappers = state.wrappers;
  let w = wrappers.get(x);
  if (!w) {
    w = make();
    wrappers.set(x, w);
  }
  return w;
}

export function wrapFuture(f: Future): PyObject {
  // Cached on the future itself (hot: every awaited task/future); wrapOnce's WeakMap costs GC time at scale.
  let w = f.hostObject as PyObject | undefined;
  if (w === undefined) {
    w = new Wrapped(f instanceof Task ? TaskType : FutureType, f);
    f.hostObject = w;
  }
  return w;
}
function wrapLoop(l: EventLoop): PyObject {
  return wrapOnce(l, () => new Wrapped(LoopType, l));
}

futureHooks.unwrap = (v) => (v instanceof Wrapped && v.x instanceof Future ? v.x : null);

/** Engine value → Python value. */
export function fromEngine(v: unknown): PyValue {
  if (Array.isArray(v)) return new PyList(v.map(fromEngine));
  if (v instanceof Future) return wrapFuture(v);
  if (v instanceof Coroutine) return wrapCoro(v);
  if (v instanceof EventLoop) return wrapLoop(v);
  return v as PyValue;
}
jsValueHooks.fromEngine = fromEngine;

/** Python awaitable → engine Awaitable (a Future or a Coroutine). */
export function toAwaitable(
  v: PyValue,
  what = 'An asyncio.Future, a coroutine or an awaitable is required'
): Awaitable {
  if (v instanceof PyCoro) return v.coro;
  if (v instanceof Wrapped && v.x instanceof Future) return v.x;
  if (typeOf(v).lookup('__await__') !== undefined) {
    const s = sess();
    return new Coroutine(s.host, awaitValue(v) as Generator<unknown, unknown, unknown>, {
      qualname: `${typeName(v)}.__await__`
    });
  }
  throw typeError(what);
}

function coroArg(v: PyValue | undefined): Coroutine {
  if (v instanceof PyCoro) return v.coro;
  throw typeError(`a coroutine was expected, got ${repr(v ?? null)}`);
}

function fut(a: PyValue[]): Future {
  return (a[0] as Wrapped<Future>).x;
}
function task(a: PyValue[]): Task {
  return (a[0] as Wrapped<Task>).x;
}

/** A JS callback that calls a Python callable (done-callbacks, call_soon). */
function jsCallback(f: PyValue, args: PyValue[]): () => void {
  return () => {
    call(f, args);
  };
}
function label(f: PyValue): string {
  if (f instanceof PyObject) {
    const q = (f as { qualname?: string }).qualname;
    if (typeof q === 'string') return q;
  }
  return typeName(f);
}

// ------------------------------------------------------------------------------------------------ Future / Task

method(FutureType, 'result', (a) => fromEngine(fut(a).result()));
method(FutureType, 'exception', (a) => fromEngine(fut(a).exception()));
method(FutureType, 'done', (a) => fut(a).done());
method(FutureType, 'cancelled', (a) => fut(a).cancelled());
method(FutureType, 'cancel', (a, kw) => {
  const [msg] = bindKw('cancel', a, kw, ['msg'], 1);
  return fut(a).cancel(msg === undefined || msg === null ? null : (msg as string));
});
method(FutureType, 'set_result', (a) => {
  fut(a).set_result(a[1] ?? null);
  return null;
});
method(FutureType, 'set_exception', (a) => {
  let e: PyValue = a[1] ?? null;
  if (e instanceof PyType) e = call(e, []);
  if (!(e instanceof PyException)) throw typeError('invalid exception object');
  fut(a).set_exception(e);
  return null;
});
method(FutureType, 'add_done_callback', (a) => {
  const f = fut(a);
  const cb = a[1]!;
  f.add_done_callback(
    (done) => {
      call(cb, [wrapFuture(done)]);
    },
    { key: cb, label: label(cb) }
  );
  return null;
});
method(FutureType, 'remove_done_callback', (a) => BigInt(fut(a).remove_done_callback(a[1])));
method(FutureType, 'get_loop', (a) => wrapLoop(fut(a).get_loop()));
method(FutureType, '__await__', (a) =>
  wrapCoro(new Coroutine(sess().host, fut(a).__await__(), { qualname: 'Future.__await__' }))
);
method(FutureType, '__iter__', (a) =>
  wrapCoro(new Coroutine(sess().host, fut(a).__await__(), { qualname: 'Future.__await__' }))
);
method(FutureType, '__repr__', (a) => fut(a).repr());
method(FutureType, '__hash__', (a) => BigInt(Number.parseInt(addressOf(a[0] as PyObject), 16)));
FutureType.ctor = () => wrapFuture(sess().engine.get_event_loop().create_future());

method(TaskType, 'get_name', (a) => task(a).get_name());
method(TaskType, 'set_name', (a) => {
  task(a).set_name(str(a[1]!));
  return null;
});
method(TaskType, 'get_coro', (a) => wrapCoro(task(a).get_coro()));
method(TaskType, 'cancelling', (a) => BigInt(task(a).cancelling()));
method(TaskType, 'uncancel', (a) => BigInt(task(a).uncancel()));
method(TaskType, 'get_stack', () => new PyList([]));
method(TaskType, '__repr__', (a) => task(a).repr());
TaskType.ctor = (_cls, a, kw) => {
  const [coro, , name] = bindKw('Task', a, kw, ['coro', 'loop', 'name', 'context', 'eager_start']);
  const s = sess();
  const loop = (kw?.get('loop') as Wrapped<EventLoop> | undefined)?.x ?? s.engine.get_event_loop();
  return wrapFuture(new Task(loop, coroArg(coro), { name: name === undefined || name === null ? null : str(name) }));
};

// ------------------------------------------------------------------------------------------------ loop

function loopOf(a: PyValue[]): EventLoop {
  return (a[0] as Wrapped<EventLoop>).x;
}
function wrapHandle(h: { cancel(): void; cancelled(): boolean }): PyObject {
  return wrapOnce(h, () => new Wrapped(h instanceof TimerHandle ? TimerHandleType : HandleType, h));
}
method(HandleType, 'cancel', (a) => {
  (a[0] as Wrapped<{ cancel(): void }>).x.cancel();
  return null;
});
method(HandleType, 'cancelled', (a) => (a[0] as Wrapped<{ cancelled(): boolean }>).x.cancelled());
method(TimerHandleType, 'when', (a) => (a[0] as Wrapped<TimerHandle>).x.when());

method(LoopType, 'time', (a) => loopOf(a).time());
method(LoopType, 'call_soon', (a) =>
  wrapHandle(loopOf(a).call_soon(jsCallback(a[1]!, a.slice(2)), { label: label(a[1]!) }))
);
method(LoopType, 'call_later', (a) =>
  wrapHandle(loopOf(a).call_later(num(a[1], 'a float'), jsCallback(a[2]!, a.slice(3)), { label: label(a[2]!) }))
);
method(LoopType, 'call_at', (a) =>
  wrapHandle(loopOf(a).call_at(num(a[1], 'a float'), jsCallback(a[2]!, a.slice(3)), { label: label(a[2]!) }))
);
method(LoopType, 'create_future', (a) => wrapFuture(loopOf(a).create_future()));
method(LoopType, 'create_task', (a, kw) => {
  const [coro, name] = bindKw('create_task', a, kw, ['coro', 'name', 'context', 'eager_start'], 1);
  return wrapFuture(
    loopOf(a).create_task(coroArg(coro), { name: name === undefined || name === null ? null : str(name) })
  );
});
method(LoopType, 'run_in_executor', (a) => {
  const f = a[2]!;
  return wrapFuture(loopOf(a).run_in_executor(a[1], threadWork(f, a.slice(3), null), label(f)));
});
method(LoopType, 'set_task_factory', (a) => {
  loopOf(a).set_task_factory(taskFactory(a[1]!));
  return null;
});
method(LoopType, 'get_task_factory', (a) => {
  const f = loopOf(a).get_task_factory();
  return f ? (state.factoryObjects.get(f) ?? null) : null;
});
method(LoopType, 'get_debug', (a) => loopOf(a).get_debug());
method(LoopType, 'set_debug', (a) => {
  loopOf(a).set_debug(truthy(a[1]!));
  return null;
});
method(LoopType, 'is_running', (a) => loopOf(a).is_running());
method(LoopType, 'is_closed', (a) => loopOf(a).is_closed());
method(LoopType, 'run_until_complete', (a) => runUntilComplete(loopOf(a), a[1] ?? null));
method(LoopType, 'run_forever', (a) => {
  const loop = loopOf(a);
  loop.checkClosed();
  withLoopFrame(() => sess().engine.runLoop(loop, () => loop.run_forever()));
  return null;
});
method(LoopType, 'close', (a) => {
  loopOf(a).close();
  return null;
});
method(LoopType, 'shutdown_asyncgens', (a) => wrapCoro(sess().engine.shutdownAsyncgens(loopOf(a))));
method(LoopType, 'shutdown_default_executor', (a) => wrapCoro(sess().engine.shutdownDefaultExecutor(loopOf(a))));
// Loop methods real CPython has that the fast simulator does not model: refused at the calling line (AIO-U005)
for (const name of [
  'add_signal_handler',
  'remove_signal_handler',
  'add_reader',
  'add_writer',
  'remove_reader',
  'remove_writer',
  'create_connection',
  'create_server',
  'create_unix_connection',
  'create_unix_server',
  'create_datagram_endpoint',
  'connect_read_pipe',
  'connect_write_pipe',
  'subprocess_exec',
  'subprocess_shell',
  'sock_connect',
  'sock_accept',
  'sock_recv',
  'sock_sendall',
  'getaddrinfo',
  'getnameinfo',
  'start_tls',
  'sendfile',
  'set_exception_handler',
  'get_exception_handler',
  'default_exception_handler',
  'set_default_executor'
]) {
  method(LoopType, name, () => {
    throw new UnsupportedError('AIO-U005', { method: name }, state.frame?.line ?? 1, 0);
  });
}
method(LoopType, 'call_soon_threadsafe', (a) => {
  // from a worker thread the callback would be scheduled at the thread's time, which the loop has not reached
  if (state.threadCtx !== null)
    throw new UnsupportedError('AIO-U005', { method: 'call_soon_threadsafe' }, state.frame?.line ?? 1, 0);
  return wrapHandle(loopOf(a).call_soon(jsCallback(a[1]!, a.slice(2)), { label: label(a[1]!) }));
});
method(LoopType, 'stop', (a) => {
  loopOf(a).stop();
  return null;
});
method(LoopType, 'call_exception_handler', (a) => {
  loopOf(a).call_exception_handler({ message: 'Exception in user code' });
  void a;
  return null;
});
method(
  LoopType,
  '__repr__',
  (a) =>
    `<_UnixSelectorEventLoop running=${loopOf(a).is_running() ? 'True' : 'False'} closed=${loopOf(a).is_closed() ? 'True' : 'False'} debug=${loopOf(a).get_debug() ? 'True' : 'False'}>`
);

/** Runs `body` with the calling frame as the loop's frame (task events take their line from inside the tasks). */
function withLoopFrame<R>(body: () => R): R {
  const outerLoopFrame = state.loopFrame;
  state.loopFrame = state.frame;
  try {
    return body();
  } finally {
    state.loopFrame = outerLoopFrame;
  }
}

/** BaseEventLoop.run_until_complete(future): closed/running checks, a coroutine becomes a task, result or raise. */
function runUntilComplete(loop: EventLoop, aw: PyValue): PyValue {
  const s = sess();
  loop.checkClosed();
  if (loop.is_running()) throw err(E.RuntimeError, 'This event loop is already running');
  if (s.engine.loopRunning()) throw err(E.RuntimeError, 'Cannot run the event loop while another loop is running');
  const newTask = aw instanceof PyCoro;
  const f = newTask ? loop.create_task(aw.coro) : toAwaitable(aw);
  if (!(f instanceof Future)) return runUntilComplete(loop, wrapCoro(f));
  if (f.get_loop() !== loop)
    throw valueError('The future belongs to a different loop than the one specified as the loop argument');
  try {
    return fromEngine(withLoopFrame(() => s.engine.runLoop(loop, () => loop.run_until_complete(f, newTask))));
  } catch (e) {
    if (e instanceof PyException) addRunFrames(e, s.version, 2);
    throw e;
  }
}

function taskFactory(f: PyValue): TaskFactory | null {
  if (f === null) return null;
  if (f instanceof Wrapped && typeof f.x === 'function') return f.x as TaskFactory;
  const jsf: TaskFactory = (loop, coro, opts) => {
    const kw: Map<string, PyValue> = new Map();
    if (opts.name !== undefined && opts.name !== null) kw.set('name', opts.name);
    const r = call(f, [wrapLoop(loop), wrapCoro(coro)], kw.size ? kw : null);
    if (!(r instanceof Wrapped && r.x instanceof Task)) throw typeError('task factory must return a Task');
    return r.x;
  };
  state.factoryObjects.set(jsf, f);
  return jsf;
}

// ------------------------------------------------------------------------------------------------ threads

/** ThreadWork that runs a Python callable on a worker thread's own clock (prints tagged with the thread). */
function threadWork(f: PyValue, args: PyValue[], kw: KwArgs) {
  const s = sess();
  return (thread: string, start: number) => {
    const prevCtx = state.threadCtx;
    const prevPrint = state.threadPrint;
    const prevFrame = state.frame;
    const ctx = { name: thread, clock: start };
    state.threadCtx = ctx;
    state.threadPrint = (text, stream) =>
      s.engine.print(text, { thread, at: ctx.clock, ...(stream === 'stderr' ? { stream } : {}) });
    state.frame = null;
    try {
      const v = call(f, args, kw);
      return { ok: true, value: v as unknown, duration: ctx.clock - start };
    } catch (e) {
      if (e instanceof PyException) return { ok: false, value: e as unknown, duration: ctx.clock - start };
      throw e;
    } finally {
      state.threadCtx = prevCtx;
      state.threadPrint = prevPrint;
      state.frame = prevFrame;
    }
  };
}

// ------------------------------------------------------------------------------------------------ queues, locks

type EngineQueue = ReturnType<Engine['Queue']>;
function q(a: PyValue[]): EngineQueue {
  return (a[0] as Wrapped<EngineQueue>).x;
}
function maxsizeArg(a: PyValue[], kw: KwArgs): number {
  const [m] = bindKw('Queue', a, kw, ['maxsize']);
  return m === undefined ? 0 : Number(m);
}
QueueType.ctor = (cls, a, kw) => new Wrapped(cls, sess().engine.Queue(maxsizeArg(a, kw)));
LifoQueueType.ctor = (cls, a, kw) => new Wrapped(cls, sess().engine.LifoQueue(maxsizeArg(a, kw)));
PriorityQueueType.ctor = (cls, a, kw) => new Wrapped(cls, sess().engine.PriorityQueue(maxsizeArg(a, kw)));
method(QueueType, 'put', (a) => wrapCoro(q(a).put(a[1] ?? null)));
method(QueueType, 'get', (a) => wrapCoro(q(a).get()));
method(QueueType, 'join', (a) => wrapCoro(q(a).join()));
method(QueueType, 'put_nowait', (a) => {
  q(a).put_nowait(a[1] ?? null);
  return null;
});
method(QueueType, 'get_nowait', (a) => q(a).get_nowait() as PyValue);
method(QueueType, 'task_done', (a) => {
  q(a).task_done();
  return null;
});
method(QueueType, 'qsize', (a) => BigInt(q(a).qsize()));
method(QueueType, 'empty', (a) => q(a).empty());
method(QueueType, 'full', (a) => q(a).full());
method(QueueType, 'shutdown', (a, kw) => {
  const [imm] = bindKw('shutdown', a, kw, ['immediate'], 1);
  q(a).shutdown(imm !== undefined && truthy(imm));
  return null;
});
getter(QueueType, 'maxsize', (s) => BigInt((s as Wrapped<EngineQueue>).x.maxsize));

type AnyLock = {
  acquire(): Coroutine;
  release(): void;
  locked(): boolean;
  __aenter__(): Coroutine;
  __aexit__(e: unknown): Coroutine;
};
function lk(a: PyValue[]): AnyLock {
  return (a[0] as Wrapped<AnyLock>).x;
}
LockType.ctor = (cls) => new Wrapped(cls, sess().engine.Lock());
EventType.ctor = (cls) => new Wrapped(cls, sess().engine.Event());
ConditionType.ctor = (cls, a) =>
  new Wrapped(cls, sess().engine.Condition(a[0] instanceof Wrapped ? (a[0].x as ReturnType<Engine['Lock']>) : null));
SemaphoreType.ctor = (cls, a, kw) => {
  const [v] = bindKw('Semaphore', a, kw, ['value']);
  const n = v === undefined ? 1 : Number(v);
  if (n < 0) throw valueError('Semaphore initial value must be >= 0');
  return new Wrapped(
    cls,
    cls === BoundedSemaphoreType ? sess().engine.BoundedSemaphore(n) : sess().engine.Semaphore(n)
  );
};
BoundedSemaphoreType.ctor = SemaphoreType.ctor;
for (const t of [LockType, ConditionType, SemaphoreType]) {
  method(t, 'acquire', (a) => wrapCoro(lk(a).acquire()));
  method(t, 'release', (a) => {
    lk(a).release();
    return null;
  });
  method(t, 'locked', (a) => lk(a).locked());
  method(t, '__aenter__', (a) => wrapCoro(lk(a).__aenter__()));
  method(t, '__aexit__', (a) => wrapCoro(lk(a).__aexit__(a[2] ?? null)));
}
type EngineEvent = ReturnType<Engine['Event']>;
type EngineCondition = ReturnType<Engine['Condition']>;
method(EventType, 'wait', (a) => wrapCoro((a[0] as Wrapped<EngineEvent>).x.wait()));
method(EventType, 'set', (a) => {
  (a[0] as Wrapped<EngineEvent>).x.set();
  return null;
});
method(EventType, 'clear', (a) => {
  (a[0] as Wrapped<EngineEvent>).x.clear();
  return null;
});
method(EventType, 'is_set', (a) => (a[0] as Wrapped<EngineEvent>).x.is_set());
method(ConditionType, 'wait', (a) => wrapCoro((a[0] as Wrapped<EngineCondition>).x.wait()));
method(ConditionType, 'wait_for', (a) => {
  const p = a[1]!;
  return wrapCoro((a[0] as Wrapped<EngineCondition>).x.wait_for(() => call(p, [])));
});
method(ConditionType, 'notify', (a) => {
  (a[0] as Wrapped<EngineCondition>).x.notify(a.length > 1 ? Number(a[1]) : 1);
  return null;
});
method(ConditionType, 'notify_all', (a) => {
  (a[0] as Wrapped<EngineCondition>).x.notify_all();
  return null;
});

// ------------------------------------------------------------------------------------------------ TaskGroup / timeout / as_completed

type EngineTG = ReturnType<Engine['TaskGroup']>;
TaskGroupType.ctor = (cls) => new Wrapped(cls, sess().engine.TaskGroup());
method(TaskGroupType, '__aenter__', (a) => {
  const self = a[0]!;
  const c = (a[0] as Wrapped<EngineTG>).x.__aenter__();
  return wrapCoro(mapCoro(c, () => self));
});
method(TaskGroupType, '__aexit__', (a) => wrapCoro((a[0] as Wrapped<EngineTG>).x.__aexit__(a[2] ?? null)));
method(TaskGroupType, 'create_task', (a, kw) => {
  const [coro, name] = bindKw('create_task', a, kw, ['coro', 'name', 'context'], 1);
  return wrapFuture(
    (a[0] as Wrapped<EngineTG>).x.create_task(coroArg(coro), {
      name: name === undefined || name === null ? null : str(name)
    })
  );
});
method(TaskGroupType, '__repr__', (a) => (a[0] as Wrapped<EngineTG>).x.repr());

type EngineTimeout = ReturnType<Engine['timeout']>;
function tmo(a: PyValue[]): EngineTimeout {
  return (a[0] as Wrapped<EngineTimeout>).x;
}
method(TimeoutType, '__aenter__', (a) => {
  const self = a[0]!;
  return wrapCoro(mapCoro(tmo(a).__aenter__(), () => self));
});
method(TimeoutType, '__aexit__', (a) => wrapCoro(tmo(a).__aexit__(a[2] ?? null)));
method(TimeoutType, 'when', (a) => tmo(a).when());
method(TimeoutType, 'expired', (a) => tmo(a).expired());
method(TimeoutType, 'reschedule', (a) => {
  tmo(a).reschedule(a[1] === null || a[1] === undefined ? null : num(a[1], 'a float'));
  return null;
});
method(TimeoutType, '__repr__', (a) => tmo(a).repr());

type EngineAC = ReturnType<Engine['as_completed']>;
method(AsCompletedType, '__iter__', (a) => a[0]!);
method(AsCompletedType, '__next__', (a) => {
  const c = (a[0] as Wrapped<EngineAC>).x.next();
  if (c === undefined) throw err(E.StopIteration);
  return wrapCoro(c);
});
method(AsCompletedType, '__aiter__', (a) => a[0]!);
method(AsCompletedType, '__anext__', (a) => {
  const c = (a[0] as Wrapped<EngineAC>).x.anext();
  if (c === undefined) {
    // eslint-disable-next-line require-yield
    const body = (function* () {
      throw err(E.StopAsyncIteration);
    })();
    return wrapCoro(new Coroutine(sess().host, body, { qualname: '_AsCompletedIterator.__anext__' }));
  }
  return wrapCoro(c);
});

/** A coroutine with the same qualname whose result is mapped (e.g. __aenter__ returning the Python wrapper). */
function mapCoro(c: Coroutine, f: (v: unknown) => unknown): Coroutine {
  const s = sess();
  const body = (function* () {
    const v = yield* c.__await__();
    return f(v);
  })();
  return new Coroutine(s.host, body, { qualname: c.qualname });
}

// ------------------------------------------------------------------------------------------------ exception handler output

/** What CPython's default loop exception handler logs to stderr. */
jsValueHooks.exceptionHandler = (ctx: ExceptionContext) => {
  const s = sess();
  let text = ctx.message;
  const obj = ctx.task ?? ctx.future;
  if (obj instanceof Future) text += `\n${ctx.task !== undefined ? 'task' : 'future'}: ${obj.repr()}`;
  // once the program imported logging, asyncio's logger goes through it (its handlers, formats and levels)
  const slow = ctx.exception === undefined && text.startsWith('Executing ');
  const where = slow ? ASYNCIO_LOG_SITES.slow[s.version] : ASYNCIO_LOG_SITES.handler[s.version];
  if (asyncioLog(s, slow ? 30 : 40, where, text, ctx.exception instanceof PyException ? ctx.exception : null)) return;
  if (ctx.exception instanceof PyException) {
    text += '\n' + formatException(ctx.exception, (fn) => (fn === s.filename ? s.source : null), state.features);
  } else text += '\n';
  s.writeErr(text);
};

/** Where CPython's asyncio calls its logger (file, line, function), per version. */
const ASYNCIO_LOG_SITES = {
  handler: {
    '3.11': ['/usr/lib/python3.11/asyncio/base_events.py', 1771, 'default_exception_handler'],
    '3.14': ['/usr/lib/python3.14/asyncio/base_events.py', 1875, 'default_exception_handler']
  },
  slow: {
    '3.11': ['/usr/lib/python3.11/asyncio/base_events.py', 1917, '_run_once'],
    '3.14': ['/usr/lib/python3.14/asyncio/base_events.py', 2041, '_run_once']
  },
  selector: {
    '3.11': ['/usr/lib/python3.11/asyncio/selector_events.py', 54, '__init__'],
    '3.14': ['/usr/lib/python3.14/asyncio/selector_events.py', 64, '__init__']
  }
} as const;

/** Logs through the program's `logging` (if it imported it); false when it did not, so the caller writes stderr. */
function asyncioLog(
  s: Session,
  level: number,
  where: readonly [string, number, string],
  msg: string,
  exc: PyException | null
): boolean {
  const logging = s.modules.get('logging');
  const f = logging?.dict.get('_aioscope_asyncio_log');
  if (f === undefined) return false;
  return truthy(call(f, [BigInt(level), where[0], BigInt(where[1]), where[2], msg, exc]));
}

/** BaseSelectorEventLoop.__init__ logs the selector at DEBUG level. */
function loopCreated(s: Session): void {
  asyncioLog(s, 10, ASYNCIO_LOG_SITES.selector[s.version], 'Using selector: EpollSelector', null);
}

// ------------------------------------------------------------------------------------------------ asyncio.run frames

/** asyncio's own frames CPython shows when asyncio.run re-raises main's exception (per version). */
const RUN_FRAMES: Record<
  '3.11' | '3.14',
  { file: string; line: number; name: string; text: string; carets: string }[]
> = {
  '3.11': [
    {
      file: '/usr/lib/python3.11/asyncio/runners.py',
      line: 190,
      name: 'run',
      text: 'return runner.run(main)',
      carets: '       ^^^^^^^^^^^^^^^^'
    },
    {
      file: '/usr/lib/python3.11/asyncio/runners.py',
      line: 118,
      name: 'run',
      text: 'return self._loop.run_until_complete(task)',
      carets: '       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^'
    },
    {
      file: '/usr/lib/python3.11/asyncio/base_events.py',
      line: 653,
      name: 'run_until_complete',
      text: 'return future.result()',
      carets: '       ^^^^^^^^^^^^^^^'
    }
  ],
  '3.14': [
    {
      file: '/usr/lib/python3.14/asyncio/runners.py',
      line: 204,
      name: 'run',
      text: 'return runner.run(main)',
      carets: '       ~~~~~~~~~~^^^^^^'
    },
    {
      file: '/usr/lib/python3.14/asyncio/runners.py',
      line: 127,
      name: 'run',
      text: 'return self._loop.run_until_complete(task)',
      carets: '       ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^'
    },
    {
      file: '/usr/lib/python3.14/asyncio/base_events.py',
      line: 719,
      name: 'run_until_complete',
      text: 'return future.result()',
      carets: '       ~~~~~~~~~~~~~^^'
    }
  ]
};

function addRunFrames(e: PyException, version: '3.11' | '3.14', from = 0): void {
  const frames: TbEntry[] = RUN_FRAMES[version].slice(from).map((r) => ({
    file: r.file,
    name: r.name,
    line: r.line,
    col: 0,
    endLine: r.line,
    endCol: 0,
    frame: r,
    text: r.text,
    carets: r.carets
  }));
  e.tb.unshift(...frames);
}

// ------------------------------------------------------------------------------------------------ the module

/** 3.14 deprecates the policy API (DeprecationWarning, shown because the call is in __main__). */
function deprecated(s: Session, name: string): null {
  if (!state.features.policyDeprecated) return null;
  const f = state.frame;
  const line = f?.line ?? 0;
  s.warn('DeprecationWarning', `'asyncio.${name}' is deprecated and slated for removal in Python 3.16`, {
    file: f?.code.filename ?? s.filename,
    line,
    text: s.source[line - 1]?.trim() ?? null,
    tracemalloc: false
  });
  return null;
}

function runMain(s: Session, a: PyValue[], kw: KwArgs): PyValue {
  const [main, debug] = bindKw('run', a, kw, ['main', 'debug', 'loop_factory']);
  if (!(main instanceof PyCoro)) throw valueError(`a coroutine was expected, got ${repr(main ?? null)}`);
  const dbg = debug !== undefined && debug !== null && truthy(debug);
  const start = s.engine.tracer.events[0];
  if (start && start.kind === 'run.start') {
    if (dbg) start.debug = true;
    start.loop = state.loopKind;
  }
  const outerLoopFrame = state.loopFrame;
  state.loopFrame = state.frame;
  try {
    if (!s.engine.loopRunning()) loopCreated(s);
    return fromEngine(s.engine.run(main.coro, { debug: dbg }));
  } catch (e) {
    if (e instanceof PyException) addRunFrames(e, s.version);
    throw e;
  } finally {
    state.loopFrame = outerLoopFrame;
  }
}

moduleFactories.set('asyncio', (s) => {
  const engine = s.engine;
  const d = (name: string, f: (a: PyValue[], kw: KwArgs) => PyValue) => [name, fn(name, f)] as const;
  const entries: Record<string, PyValue> = Object.fromEntries([
    d('run', (a, kw) => runMain(s, a, kw)),
    d('sleep', (a, kw) => {
      const [delay, result] = bindKw('sleep', a, kw, ['delay', 'result']);
      return wrapCoro(engine.sleep(num(delay, 'a float'), result ?? null));
    }),
    d('create_task', (a, kw) => {
      const [coro, name] = bindKw('create_task', a, kw, ['coro', 'name', 'context', 'eager_start']);
      return wrapFuture(
        engine.create_task(coroArg(coro), { name: name === undefined || name === null ? null : str(name) })
      );
    }),
    d('ensure_future', (a) => wrapFuture(engine.ensure_future(toAwaitable(a[0]!)))),
    d('gather', (a, kw) => {
      const re = kw?.get('return_exceptions');
      return wrapFuture(
        engine.gather(
          a.map((x) => toAwaitable(x)),
          { return_exceptions: re !== undefined && truthy(re) }
        )
      );
    }),
    d('shield', (a) => wrapFuture(engine.shield(toAwaitable(a[0]!)))),
    d('wait', (a, kw) => {
      const [fs, timeout, rw] = bindKw('wait', a, kw, ['fs', 'timeout', 'return_when']);
      const items = iterToArray(fs!);
      if (items.some((x) => x instanceof PyCoro))
        throw typeError('Passing coroutines is forbidden, use tasks explicitly.');
      const c = engine.wait(
        items.map((x) => toAwaitable(x)),
        {
          timeout: timeout === undefined || timeout === null ? null : num(timeout, 'a float'),
          return_when: (rw as 'FIRST_COMPLETED' | undefined) ?? 'ALL_COMPLETED'
        }
      );
      return wrapCoro(
        mapCoro(c, (r) => {
          const [done, pending] = r as [Future[], Future[]];
          return new PyTuple([newSet(done.map(wrapFuture)), newSet(pending.map(wrapFuture))]);
        })
      );
    }),
    d('wait_for', (a, kw) => {
      const [aw, timeout] = bindKw('wait_for', a, kw, ['fut', 'timeout']);
      return wrapCoro(
        engine.wait_for(toAwaitable(aw!), timeout === undefined || timeout === null ? null : num(timeout, 'a float'))
      );
    }),
    d(
      'timeout',
      (a) => new Wrapped(TimeoutType, engine.timeout(a[0] === undefined || a[0] === null ? null : num(a[0], 'a float')))
    ),
    d(
      'timeout_at',
      (a) =>
        new Wrapped(TimeoutType, engine.timeout_at(a[0] === undefined || a[0] === null ? null : num(a[0], 'a float')))
    ),
    d('as_completed', (a, kw) => {
      const [fs, timeout] = bindKw('as_completed', a, kw, ['fs', 'timeout']);
      return new Wrapped(
        AsCompletedType,
        engine.as_completed(
          iterToArray(fs!).map((x) => toAwaitable(x)),
          { timeout: timeout === undefined || timeout === null ? null : num(timeout, 'a float') }
        )
      );
    }),
    d('to_thread', (a, kw) => {
      const f = a[0]!;
      return wrapCoro(engine.to_thread(threadWork(f, a.slice(1), kw), label(f)));
    }),
    d('get_running_loop', () => wrapLoop(engine.get_running_loop())),
    d('get_event_loop', () => wrapLoop(engine.get_event_loop())),
    d('current_task', () => {
      const t = engine.current_task();
      return t ? wrapFuture(t) : null;
    }),
    d('all_tasks', () => newSet(engine.all_tasks().map(wrapFuture))),
    d('iscoroutine', (a) => a[0] instanceof PyCoro),
    d('iscoroutinefunction', (a) => {
      const f = a[0];
      return f instanceof PyObject && (f as { code?: { kind?: string } }).code?.kind === 'coro';
    }),
    d('isfuture', (a) => a[0] instanceof Wrapped && a[0].x instanceof Future),
    d('set_event_loop_policy', (a) => {
      deprecated(s, 'set_event_loop_policy');
      if (a[0] instanceof PyObject && a[0].cls === UvPolicyType) state.loopKind = 'uvloop';
      return null;
    }),
    d(
      'get_event_loop_policy',
      () =>
        deprecated(s, 'get_event_loop_policy') ?? new PyObject(state.loopKind === 'uvloop' ? UvPolicyType : PolicyType)
    ),
    d('new_event_loop', () => {
      loopCreated(s);
      return wrapLoop(engine.new_event_loop());
    }),
    d('set_event_loop', (a) => {
      const l = a[0] ?? null;
      if (l !== null && !(l instanceof Wrapped && l.x instanceof EventLoop))
        throw typeError(`loop must be an instance of AbstractEventLoop or None, not '${typeName(l)}'`);
      engine.set_event_loop(l === null ? null : (l as Wrapped<EventLoop>).x);
      return null;
    })
  ]);
  Object.assign(entries, {
    Future: FutureType,
    Task: TaskType,
    Queue: QueueType,
    LifoQueue: LifoQueueType,
    PriorityQueue: PriorityQueueType,
    Lock: LockType,
    Event: EventType,
    Condition: ConditionType,
    Semaphore: SemaphoreType,
    BoundedSemaphore: BoundedSemaphoreType,
    TaskGroup: TaskGroupType,
    Timeout: TimeoutType,
    CancelledError: E.CancelledError,
    TimeoutError: E.TimeoutError,
    InvalidStateError: E.InvalidStateError,
    QueueEmpty: E.QueueEmpty,
    QueueFull: E.QueueFull,
    FIRST_COMPLETED: 'FIRST_COMPLETED',
    FIRST_EXCEPTION: 'FIRST_EXCEPTION',
    ALL_COMPLETED: 'ALL_COMPLETED',
    DefaultEventLoopPolicy: PolicyType
  });
  if (state.features.queueShutdown) {
    entries['QueueShutDown'] = E.QueueShutDown;
    const f = engine.eager_task_factory;
    if (f) {
      const w = new Wrapped(T.builtin_function_or_method, f);
      state.factoryObjects.set(f, w);
      entries['eager_task_factory'] = w;
    }
  }
  const m = makeModule('asyncio', entries);
  // submodules, each an attribute of the package holding the same objects as the top-level names
  const pick = (...names: string[]) =>
    Object.fromEntries(names.filter((n) => n in entries).map((n) => [n, entries[n]!]));
  const submodules: Record<string, Record<string, PyValue>> = {
    exceptions: pick('CancelledError', 'TimeoutError', 'InvalidStateError'),
    events: pick(
      'get_event_loop',
      'get_running_loop',
      'new_event_loop',
      'set_event_loop',
      'get_event_loop_policy',
      'set_event_loop_policy'
    ),
    tasks: pick(
      'Task',
      'create_task',
      'current_task',
      'all_tasks',
      'ensure_future',
      'gather',
      'shield',
      'sleep',
      'wait',
      'wait_for',
      'as_completed',
      'eager_task_factory',
      'FIRST_COMPLETED',
      'FIRST_EXCEPTION',
      'ALL_COMPLETED'
    ),
    futures: pick('Future', 'isfuture'),
    queues: pick('Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull', 'QueueShutDown'),
    locks: pick('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore'),
    base_events: {},
    runners: pick('run'),
    taskgroups: pick('TaskGroup'),
    timeouts: pick('Timeout', 'timeout', 'timeout_at'),
    coroutines: pick('iscoroutine', 'iscoroutinefunction'),
    threads: pick('to_thread')
  };
  for (const [name, names] of Object.entries(submodules)) {
    const sub = makeModule(`asyncio.${name}`, names);
    s.modules.set(`asyncio.${name}`, sub);
    m.dict.set(name, sub);
  }
  (m.dict.get('base_events') as PyModule).dict.set('BaseEventLoop', BaseEventLoopType);
  (m.dict.get('events') as PyModule).dict.set('AbstractEventLoop', AbstractEventLoopType);
  m.dict.set('AbstractEventLoop', AbstractEventLoopType);
  m.dict.set('BaseEventLoop', BaseEventLoopType);
  return m;
});

// uvloop: same scheduling, the trace records that uvloop was asked for
moduleFactories.set('uvloop', (s) =>
  makeModule('uvloop', {
    install: fn('install', () => {
      state.loopKind = 'uvloop';
      return null;
    }),
    run: fn('run', (a, kw) => {
      state.loopKind = 'uvloop';
      return runMain(s, a, kw);
    }),
    EventLoopPolicy: UvPolicyType,
    new_event_loop: fn('new_event_loop', () => {
      throw err(E.NotImplementedError, 'uvloop.new_event_loop() is not supported by aioscope: use uvloop.run()');
    })
  })
);
UvPolicyType.ctor = (cls) => new PyObject(cls);
PolicyType.ctor = (cls) => new PyObject(cls);

export { PyModule, PyNative, excOnly };

// `import asyncio.tasks` / `from asyncio.exceptions import ...`: the submodule made with the package
for (const sub of [
  'exceptions',
  'events',
  'tasks',
  'futures',
  'queues',
  'locks',
  'base_events',
  'runners',
  'taskgroups',
  'timeouts',
  'coroutines',
  'threads'
]) {
  moduleFactories.set(`asyncio.${sub}`, (s) => {
    const pkg = s.modules.get('asyncio') ?? moduleFactories.get('asyncio')!(s);
    s.modules.set('asyncio', pkg);
    return pkg.dict.get(sub) as PyModule;
  });
}
