# checks: Lock hands over to waiters in FIFO order
import asyncio

async def user(lock, n):
    async with lock:
        print("acquired", n, lock.locked())
        await asyncio.sleep(0.1)
    print("released", n)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(user(lock, n) for n in range(4)))
    print(lock.locked())

asyncio.run(main())
