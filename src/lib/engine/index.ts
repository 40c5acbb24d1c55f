/** Public API of the engine (see README.md in this directory). */
export { Engine, type EngineOptions } from './engine';
export { Clock } from './clock';
export { Tracer } from './tracer';
export { Coroutine, WOULD_SUSPEND, type CoroutineInfo, type FastPath } from './coroutine';
export { Future, awaitFuture } from './futures';
export { Task, type TaskOptions } from './tasks';
export { EventLoop, type TaskFactory } from './loop';
export { Handle, TimerHandle } from './handles';
export { awaitAny, type Awaitable } from './awaitables';
export { GatheringFuture } from './gather';
export { Timeout } from './timeouts';
export { TaskGroup } from './taskgroup';
export { AsCompleted } from './as-completed';
export { Queue, LifoQueue, PriorityQueue } from './queues';
export { Lock, Event, Condition, Semaphore, BoundedSemaphore } from './locks';
export { type ThreadWork } from './threads';
export { LoopSpinning, SimulationStuck, type PythonVersion, type EngineContext } from './context';
export type { Host, CoroutineBody, EngineErrorType, EngineCheckType, ExceptionContext } from './contract';
