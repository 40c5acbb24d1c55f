# A new task runs only when its creator yields; awaiting a coroutine costs no iteration; awaiting a new task
# costs two; awaiting a finished task or a set Event does not yield; sleep(0) yields exactly once.
import asyncio

async def ticker():
    for i in range(8):
        print('tick', i)
        await asyncio.sleep(0)

async def child():
    print('child runs')

async def direct():
    print('direct runs')
    return 1

async def main():
    t = asyncio.create_task(ticker())
    asyncio.create_task(child())
    print('created')
    await direct()
    print('after direct')
    await asyncio.sleep(0)
    print('after sleep0')
    n = asyncio.create_task(child())
    await n
    print('after await new task')
    await n
    print('after await finished task')
    e = asyncio.Event()
    e.set()
    await e.wait()
    print('after set event')
    await t

asyncio.run(main())
