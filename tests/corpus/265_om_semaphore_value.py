# checks: Semaphore._value as tutorials print it, and its repr
import asyncio

async def worker(sem, i):
    async with sem:
        print(f"worker {i} in, _value={sem._value}")
        await asyncio.sleep(1)

async def main():
    sem = asyncio.Semaphore(2)
    print(sem._value, repr(sem).split(" at ")[0], repr(sem).split("[")[1])
    tasks = [asyncio.create_task(worker(sem, i)) for i in range(4)]
    await asyncio.sleep(0)
    print("locked:", sem.locked(), sem._value, repr(sem).split("[")[1])
    await asyncio.gather(*tasks)
    print("end", sem._value)

asyncio.run(main())
