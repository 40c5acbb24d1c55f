# checks: several getters and putters on a bounded queue wake in FIFO order
import asyncio

async def putter(q, n):
    await q.put(n)
    print("put done", n)

async def getter(q, n):
    v = await q.get()
    print("getter", n, "got", v)

async def main():
    q = asyncio.Queue(maxsize=1)
    gs = [asyncio.create_task(getter(q, n)) for n in range(3)]
    ps = [asyncio.create_task(putter(q, n)) for n in range(4)]
    await asyncio.gather(*gs)
    print("left in queue:", q.qsize(), "putters pending:", sum(not p.done() for p in ps))
    print(q.get_nowait())
    await asyncio.gather(*ps)

asyncio.run(main())
