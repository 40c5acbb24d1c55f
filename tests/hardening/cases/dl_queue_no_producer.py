import asyncio

async def consumer(q):
    item = await q.get()
    print(item)

async def main():
    q = asyncio.Queue()
    await consumer(q)

asyncio.run(main())
