import asyncio


async def worker(i):
    await asyncio.sleep((i % 7) * 0.1)
    return i * 2


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(10000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
