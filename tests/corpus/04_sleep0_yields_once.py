# checks: sleep(0) yields exactly once (two tasks interleave step by step)
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(worker("a", 3), worker("b", 4), worker("c", 2))

asyncio.run(main())
