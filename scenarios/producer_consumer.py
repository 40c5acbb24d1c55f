# Producer and consumer share a Queue(maxsize=2): a full queue makes the producer wait (rate limiting)
import asyncio
import random


async def producer(queue):
    for i in range(5):
        item = random.randint(1, 100)
        await queue.put(item)
        print(f"生产: {item}")
        await asyncio.sleep(0.5)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:  # 哨兵值，结束
            break
        print(f"消费: {item}")
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    random.seed(2026)
    queue = asyncio.Queue(maxsize=2)  # 限流
    prod = asyncio.create_task(producer(queue))
    cons = asyncio.create_task(consumer(queue))
    await prod
    await queue.put(None)  # 结束消费者
    await cons


asyncio.run(main())
