# checks: asyncio.tasks / futures / queues / locks / events / base_events hold the top-level classes
import asyncio
import asyncio.tasks
from asyncio import queues, locks
from asyncio.futures import Future

print(asyncio.tasks.Task is asyncio.Task, Future is asyncio.Future)
print(queues.Queue is asyncio.Queue, queues.LifoQueue is asyncio.LifoQueue, locks.Semaphore is asyncio.Semaphore)
print(asyncio.events.get_running_loop is asyncio.get_running_loop, asyncio.tasks.gather is asyncio.gather)
print(asyncio.base_events.BaseEventLoop.__name__, asyncio.exceptions.__name__, asyncio.queues.__name__)

async def main():
    loop = asyncio.get_running_loop()
    print(isinstance(loop, asyncio.base_events.BaseEventLoop), isinstance(loop, asyncio.AbstractEventLoop))
    print(isinstance(asyncio.current_task(), asyncio.tasks.Task))

asyncio.run(main())
