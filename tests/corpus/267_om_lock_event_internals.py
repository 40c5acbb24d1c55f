# checks: Lock._locked and Event._value with reprs including waiters
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    print(lock._locked, ev._value, repr(lock).split("[")[1], repr(ev).split("[")[1])
    t1 = asyncio.create_task(holder(lock))
    t2 = asyncio.create_task(holder(lock))
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(lock._locked, repr(lock).split("[")[1], repr(ev).split("[")[1])
    ev.set()
    print(ev._value, repr(ev).split("[")[1])
    await asyncio.gather(t1, t2, w)
    print(lock._locked, repr(lock).split("[")[1])

asyncio.run(main())
