# checks: a coroutine that is never awaited produces a RuntimeWarning and never runs
import asyncio

async def forgotten():
    print("never printed")

async def main():
    forgotten()
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
