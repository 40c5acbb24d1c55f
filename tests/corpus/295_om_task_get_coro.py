# checks: Task._coro is get_coro(); coroutine reprs after the task finished
import asyncio

async def work():
    await asyncio.sleep(0)
    return 5

async def main():
    t = asyncio.create_task(work())
    print(t._coro is t.get_coro(), t.get_coro().__qualname__)
    print(await t, t.done(), t._coro is t.get_coro())

asyncio.run(main())
