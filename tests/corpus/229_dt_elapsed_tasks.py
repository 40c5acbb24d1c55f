# checks: timing tasks with datetime differences
import asyncio
from datetime import datetime

async def job(name, secs):
    t0 = datetime.now()
    await asyncio.sleep(secs)
    print(f"{name} took {(datetime.now() - t0).total_seconds():.2f}s at {datetime.now():%H:%M:%S.%f}")

async def main():
    await asyncio.gather(job("a", 0.3), job("b", 1.2), job("c", 0.7))

asyncio.run(main())
