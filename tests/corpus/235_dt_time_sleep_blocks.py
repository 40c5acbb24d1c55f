# checks: time.sleep moves the wall clock too: datetime sees the block
import asyncio
import time
from datetime import datetime

async def main():
    print(datetime.now())
    time.sleep(1.25)
    print(datetime.now())
    await asyncio.sleep(0.75)
    print(datetime.now(), datetime.utcfromtimestamp(time.time()) == datetime.now())

asyncio.run(main())
