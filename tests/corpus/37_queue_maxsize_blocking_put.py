# checks: Queue(maxsize) makes put() wait until a getter makes room
import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "qsize", q.qsize(), "full", q.full())

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(0.5)
        print("get", await q.get())

async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))

asyncio.run(main())
