# checks: datetime.now() is 2026-01-01 00:00 UTC plus the virtual seconds, like time.time()
import asyncio
import time
from datetime import datetime

async def main():
    start = datetime.now()
    print("start", start)
    await asyncio.sleep(2.5)
    end = datetime.now()
    print("end", end, end - start)
    print(end.timestamp() == time.time())

asyncio.run(main())
