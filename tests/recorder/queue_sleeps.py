# A real program for the recorder test: real (short) sleeps, an asyncio.Queue, a worker thread.
import asyncio
import time


def checksum(n):
    time.sleep(0.01)
    return sum(range(n))


async def producer(queue):
    for i in range(4):
        await queue.put(i)
        print("put", i)
        await asyncio.sleep(0.01)
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        print("got", item)
        await asyncio.sleep(0.02)


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(consumer(queue), producer(queue))  # the consumer first: it waits on get()
    print("checksum", await asyncio.to_thread(checksum, 100))


asyncio.run(main())
