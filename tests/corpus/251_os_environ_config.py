# checks: configuration from os.environ with defaults (12-factor style)
import asyncio
import os

CONCURRENCY = int(os.environ.get("CONCURRENCY", "3"))
os.environ["MODE"] = "test"

async def job(i, sem):
    async with sem:
        await asyncio.sleep(0.5)
        print("job", i, os.environ["MODE"])

async def main():
    sem = asyncio.Semaphore(CONCURRENCY)
    await asyncio.gather(*(job(i, sem) for i in range(5)))

asyncio.run(main())
