# checks: submodule classes in isinstance checks; coroutines.iscoroutine
import asyncio

async def c():
    return 1

async def main():
    t = asyncio.create_task(c())
    print(isinstance(t, asyncio.futures.Future), isinstance(t, asyncio.tasks.Task))
    coro = c()
    print(asyncio.coroutines.iscoroutine(coro), asyncio.iscoroutine(coro))
    await coro
    await t
    print(asyncio.exceptions.InvalidStateError.__name__, issubclass(asyncio.exceptions.CancelledError, BaseException))

asyncio.run(main())
