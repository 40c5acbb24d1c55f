# checks: wait_for returns the result when the awaitable finishes in time
import asyncio

async def job():
    await asyncio.sleep(1)
    return "in time"

async def main():
    print(await asyncio.wait_for(job(), timeout=2))
    print(await asyncio.wait_for(job(), timeout=None))
    t = asyncio.create_task(job())
    print(await asyncio.wait_for(t, 5), t.get_name())

asyncio.run(main())
