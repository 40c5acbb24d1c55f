# Queue.put_nowait wakes the first waiting getter without reserving the item for it.
import asyncio

async def getter(q, name):
    item = await q.get()
    print(name, 'got', item)

async def main():
    q = asyncio.Queue()
    g = asyncio.create_task(getter(q, 'g1'))
    await asyncio.sleep(0)
    q.put_nowait('a')
    print('main takes', q.get_nowait())
    await asyncio.sleep(0)
    print('qsize', q.qsize(), 'getters', len(q._getters))
    q.put_nowait('b')
    await g

asyncio.run(main())
