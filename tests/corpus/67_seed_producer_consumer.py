# checks: the seed's producer/consumer with Queue(maxsize), random.randint, a None sentinel, task_done
import asyncio
import random

async def producer(queue):
    for i in range(5):
        item = random.randint(1, 100)
        await queue.put(item)
        print(f"生产: {item}")
        await asyncio.sleep(random.random())

async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print(f"消费: {item}")
        await asyncio.sleep(random.uniform(0.1, 0.5))
        queue.task_done()

async def main():
    random.seed(7)
    queue = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(queue))
    cons = asyncio.create_task(consumer(queue))
    await prod
    await queue.put(None)
    await cons

asyncio.run(main())
