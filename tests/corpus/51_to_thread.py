# checks: asyncio.to_thread with args and kwargs, exception from the thread
import asyncio
import time

def work(a, b=0):
    time.sleep(0.3)
    return a + b

def broken():
    time.sleep(0.1)
    raise ValueError("thread failed")

async def main():
    print(await asyncio.to_thread(work, 1, b=2))
    try:
        await asyncio.to_thread(broken)
    except ValueError as e:
        print("caught", e, asyncio.get_running_loop().time())

asyncio.run(main())
