# checks: producer/consumer on run_forever; the consumer stops the loop
import asyncio

async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.5)
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q, loop):
    while True:
        item = await q.get()
        if item is None:
            break
        print("got", item)
    loop.stop()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
q = asyncio.Queue()
loop.create_task(producer(q))
loop.create_task(consumer(q, loop))
loop.run_forever()
loop.close()
