# checks: Semaphore(2) lets two holders in at a time
import asyncio

async def job(sem, n):
    async with sem:
        print("in", n, "at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)
    print("out", n)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, n) for n in range(5)))
    print(sem.locked())

asyncio.run(main())
