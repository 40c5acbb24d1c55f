# checks: datetime.now() inside to_thread reads the worker thread's own clock
import asyncio
import time
from datetime import datetime

def work():
    print("thread start", datetime.now().time())
    time.sleep(1.5)
    print("thread end", datetime.now().time())
    return datetime.now()

async def main():
    end = await asyncio.to_thread(work)
    print("loop sees", datetime.now().time(), "thread returned", end.time())

asyncio.run(main())
