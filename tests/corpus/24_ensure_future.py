# checks: ensure_future wraps a coroutine into a task and returns an existing task unchanged
import asyncio

async def job():
    await asyncio.sleep(0.2)
    return "job"

async def main():
    t = asyncio.ensure_future(job())
    print(type(t).__name__, t.get_name())
    print(asyncio.ensure_future(t) is t)
    print(await t)

asyncio.run(main())
