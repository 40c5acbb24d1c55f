# checks: LifoQueue returns items last-in first-out, with waiting getters
import asyncio

async def getter(q):
    for _ in range(4):
        print("got", await q.get())

async def main():
    q = asyncio.LifoQueue()
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    for i in range(4):
        q.put_nowait(i)
    await g

asyncio.run(main())
