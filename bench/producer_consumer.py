import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    for _ in range(3):
        await queue.put(None)


async def consumer(queue, name, totals):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        totals[name] = totals.get(name, 0) + item
        await asyncio.sleep(0.001)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=10)
    totals = {}
    consumers = [asyncio.create_task(consumer(queue, f"c{k}", totals)) for k in range(3)]
    await producer(queue, 20000)
    await queue.join()
    await asyncio.gather(*consumers)
    print(sorted(totals.items()))


asyncio.run(main())
