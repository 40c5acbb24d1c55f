# checks: a full queue with blocked putters: _putters in str()
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    p1 = asyncio.create_task(q.put("b"))
    p2 = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), str(q))
    await asyncio.sleep(0)
    print(str(q), q.qsize())
    print(await q.get(), await q.get())
    await asyncio.gather(p1, p2)
    print(str(q))

asyncio.run(main())
