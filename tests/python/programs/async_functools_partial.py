import asyncio
import functools
from itertools import count
ids = count(1)
async def fetch(prefix, n, delay=0.001):
    await asyncio.sleep(delay)
    return f"{prefix}-{n}-{next(ids)}"
async def main():
    fetch_a = functools.partial(fetch, "a")
    results = await asyncio.gather(*(fetch_a(i) for i in range(3)))
    print(results)
    tasks = [asyncio.create_task(fetch("b", i, delay=0.001 * (3 - i))) for i in range(3)]
    for t in tasks:
        print(await t)
    print(functools.reduce(lambda acc, s: acc + len(s), results, 0))
asyncio.run(main())
