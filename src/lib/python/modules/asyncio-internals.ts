/**
 * The private attributes tutorials read (`Semaphore._value`, `Queue._unfinished_tasks`, `Queue._queue`,
 * `Lock._locked`, `Event._value`, `Task._coro`, `Future._state`) and CPython's reprs of queues and locks
 * (asyncio/queues.py `_format`, asyncio/locks.py `__repr__`; the same in 3.11 and 3.14).
 *
 * Invariant: every attribute is read-only and computed from the engine object at the moment it is read, so it can
 * never disagree with what the engine schedules. `_queue` / `_getters` / `_putters` are snapshots (a deque for
 * Queue, a list for LifoQueue/PriorityQueue, as CPython stores them); assigning to them is refused.
 */
import type { Engine, Future } from '../../engine';
import { getter, method } from '../runtime/natives';
import { PyList, PyObject, type PyValue } from '../runtime/objects';
import { addressOf, call, repr } from '../runtime/ops';
import { importModule, wrapCoro } from '../interp/hooks';
import { state } from '../runtime/py-runtime';
import {
  BoundedSemaphoreType,
  ConditionType,
  EventType,
  fromEngine,
  FutureType,
  LifoQueueType,
  LockType,
  PriorityQueueType,
  QueueType,
  SemaphoreType,
  TaskType,
  Wrapped
} from './asyncio';

type EngineQueue = ReturnType<Engine['Queue']>;
type EngineLock = ReturnType<Engine['Lock']>;
type EngineEvent = ReturnType<Engine['Event']>;
type EngineCondition = ReturnType<Engine['Condition']>;
type EngineSemaphore = ReturnType<Engine['Semaphore']>;

function x<X>(self: PyValue): X {
  return (self as Wrapped<X>).x;
}

/** A collections.deque holding `items` (our collections module is Python, run by the interpreter). */
function deque(items: PyValue[]): PyValue {
  const collections = importModule('collections', { line: 0, col: 0, endLine: 0, endCol: 0 }, true);
  return call(collections.dict.get('deque')!, [new PyList(items)]);
}

// ------------------------------------------------------------------------------------------------ Future / Task
getter(FutureType, '_state', (self) => x<Future>(self)._state);
getter(TaskType, '_coro', (self) => wrapCoro(x<{ get_coro(): Parameters<typeof wrapCoro>[0] }>(self).get_coro()));
getter(FutureType, '_loop', (self) => fromEngine(x<Future>(self).get_loop()));

// ------------------------------------------------------------------------------------------------ queues
function isLifo(self: PyValue): boolean {
  const cls = (self as PyObject).cls;
  return cls.isSubtypeOf(LifoQueueType) || cls.isSubtypeOf(PriorityQueueType);
}
getter(QueueType, '_queue', (self) => {
  const items = x<EngineQueue>(self).contents() as PyValue[];
  return isLifo(self) ? new PyList(items) : deque(items);
});
getter(QueueType, '_unfinished_tasks', (self) => BigInt(x<EngineQueue>(self)._unfinished_tasks));
getter(QueueType, '_maxsize', (self) => BigInt(x<EngineQueue>(self).maxsize));
getter(QueueType, '_getters', (self) => deque(x<EngineQueue>(self)._getters.toArray().map(fromEngine)));
getter(QueueType, '_putters', (self) => deque(x<EngineQueue>(self)._putters.toArray().map(fromEngine)));

/** Queue._format. */
function queueFormat(self: PyValue): string {
  const q = x<EngineQueue>(self);
  let r = `maxsize=${q.maxsize}`;
  const items = q.contents() as PyValue[];
  if (items.length) r += ` _queue=${repr(new PyList(items))}`;
  if (q._getters.length) r += ` _getters[${q._getters.length}]`;
  if (q._putters.length) r += ` _putters[${q._putters.length}]`;
  if (q._unfinished_tasks) r += ` tasks=${q._unfinished_tasks}`;
  if (q._is_shutdown && state.features.queueReprShutdown) r += ' shutdown';
  return r;
}
method(QueueType, '__repr__', (a) => {
  const self = a[0] as PyObject;
  return `<${self.cls.name} at ${addressOf(self)} ${queueFormat(self)}>`;
});
method(QueueType, '__str__', (a) => `<${(a[0] as PyObject).cls.name} ${queueFormat(a[0]!)}>`);

// ------------------------------------------------------------------------------------------------ locks
function lockRepr(self: PyValue, extra: string, waiters: number): string {
  const o = self as PyObject;
  const w = waiters ? `, waiters:${waiters}` : '';
  return `<asyncio.locks.${o.cls.name} object at ${addressOf(o)} [${extra}${w}]>`;
}
getter(LockType, '_locked', (self) => x<EngineLock>(self)._locked);
method(LockType, '__repr__', (a) => {
  const l = x<EngineLock>(a[0]!);
  return lockRepr(a[0]!, l._locked ? 'locked' : 'unlocked', l._waiters?.length ?? 0);
});
getter(EventType, '_value', (self) => x<EngineEvent>(self)._value);
method(EventType, '__repr__', (a) => {
  const e = x<EngineEvent>(a[0]!);
  return lockRepr(a[0]!, e._value ? 'set' : 'unset', e._waiters.length);
});
method(ConditionType, '__repr__', (a) => {
  const c = x<EngineCondition>(a[0]!);
  return lockRepr(a[0]!, c.locked() ? 'locked' : 'unlocked', c._waiters.length);
});
for (const t of [SemaphoreType, BoundedSemaphoreType]) {
  getter(t, '_value', (self) => BigInt(x<EngineSemaphore>(self)._value));
  method(t, '__repr__', (a) => {
    const s = x<EngineSemaphore>(a[0]!);
    return lockRepr(a[0]!, s.locked() ? 'locked' : `unlocked, value:${s._value}`, s._waiters?.length ?? 0);
  });
}
