# Bounded queue producer/consumer with task_done/join and a None sentinel.
import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print('put', i)
        await asyncio.sleep(0.1)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print('got', item)
        await asyncio.sleep(0.25)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    p = asyncio.create_task(producer(q))
    c = asyncio.create_task(consumer(q))
    await p
    await q.put(None)
    await q.join()
    print('joined')
    await c

asyncio.run(main())
