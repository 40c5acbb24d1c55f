# checks: task reprs: pending with wait_for, cancelled, exception
import asyncio

async def sleeper():
    await asyncio.sleep(5)

async def bad():
    raise ValueError("nope")

async def main():
    s = asyncio.create_task(sleeper())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(s)
    print(b)
    s.cancel()
    await asyncio.sleep(0)
    print(s)
    b.exception()

asyncio.run(main())
