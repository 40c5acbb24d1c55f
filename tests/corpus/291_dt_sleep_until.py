# checks: sleeping until a wall-clock datetime
import asyncio
from datetime import datetime, timedelta

async def sleep_until(when):
    await asyncio.sleep((when - datetime.now()).total_seconds())

async def main():
    target = datetime.now().replace(microsecond=0) + timedelta(minutes=1, seconds=30)
    print("sleeping until", target.time())
    await sleep_until(target)
    print("woke at", datetime.now().time(), datetime.now() >= target)

asyncio.run(main())
