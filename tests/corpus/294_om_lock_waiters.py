# checks: Lock repr with waiters while tasks queue up FIFO
import asyncio

async def use(lock, i):
    async with lock:
        print("task", i, "has the lock;", repr(lock).split("[")[1])
        await asyncio.sleep(0.1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(use(lock, i) for i in range(3)))
    print(repr(lock).split("[")[1], lock._locked)

asyncio.run(main())
