# checks: a cancelled gather raises the LAST child's cancelled error: no message when that child finished normally
import asyncio

async def leaf(d):
    await asyncio.sleep(d)
    return d

async def swallow():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("swallow caught", e.args)
    return "sw"

async def waiter(kind):
    try:
        if kind == 0:
            r = await asyncio.gather(leaf(5), leaf(0), return_exceptions=True)
        elif kind == 1:
            r = await asyncio.gather(leaf(5), return_exceptions=True)
        elif kind == 2:
            r = await asyncio.gather(leaf(0), leaf(5), return_exceptions=True)
        else:
            r = await asyncio.gather(leaf(5), leaf(6))
        print("result", r)
    except asyncio.CancelledError as e:
        print("waiter", kind, "cancelled", e.args)

async def main():
    for k in range(4):
        t = asyncio.create_task(waiter(k))
        await asyncio.sleep(0.1)
        t.cancel("stop")
        await t
    a = asyncio.create_task(leaf(5))
    b = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    b.cancel("bmsg")
    await asyncio.sleep(0)
    g.cancel("gmsg")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    t = asyncio.create_task(leaf(5))
    g = asyncio.gather(t, return_exceptions=True)
    await asyncio.sleep(0)
    t.cancel("direct")
    print("results", await g)

asyncio.run(main())
