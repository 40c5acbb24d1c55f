# checks: a polling loop with a datetime deadline
import asyncio
from datetime import datetime, timedelta

async def main():
    deadline = datetime.now() + timedelta(seconds=2)
    n = 0
    while datetime.now() < deadline:
        n += 1
        await asyncio.sleep(0.3)
    print("polled", n, "times, now", datetime.now().time())

asyncio.run(main())
