# checks: fromtimestamp rounds accumulated float clocks to microseconds as CPython does
import asyncio
import time
from datetime import datetime

async def main():
    for _ in range(4):
        await asyncio.sleep(0.1)
        print(datetime.fromtimestamp(time.time()).microsecond, datetime.now().isoformat())

asyncio.run(main())
