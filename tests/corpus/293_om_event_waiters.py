# checks: Event repr counts its waiters; Condition waiters too
import asyncio

async def main():
    ev = asyncio.Event()
    cond = asyncio.Condition()
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]

    async def cwait():
        async with cond:
            await cond.wait()

    cw = [asyncio.create_task(cwait()) for _ in range(2)]
    await asyncio.sleep(0)
    print(repr(ev).split("[")[1], repr(cond).split("[")[1])
    ev.set()
    async with cond:
        cond.notify_all()
    await asyncio.gather(*waiters, *cw)
    print(repr(ev).split("[")[1], repr(cond).split("[")[1])

asyncio.run(main())
