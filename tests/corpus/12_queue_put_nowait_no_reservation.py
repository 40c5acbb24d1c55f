# checks: Queue.put_nowait wakes the first waiting getter without reserving the item for it
import asyncio

async def getter(q, name):
    item = await q.get()
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    g = asyncio.create_task(getter(q, "waiting-getter"))
    await asyncio.sleep(0)
    q.put_nowait("x")
    print("stolen by main:", q.get_nowait())
    print("qsize", q.qsize())
    await asyncio.sleep(0)
    print("getter done?", g.done())
    q.put_nowait("y")
    await g

asyncio.run(main())
