# checks: an exhausted async generator needs no finalization
import asyncio

async def count(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("finally once")

keep = []

async def main():
    g = count(3)
    keep.append(g)
    print([x async for x in g])

asyncio.run(main())
