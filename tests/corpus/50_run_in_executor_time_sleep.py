# checks: run_in_executor runs a blocking function on a worker thread; time.sleep there does not block the loop
import asyncio
import time

def blocking(n):
    print("thread start", n)
    time.sleep(n)
    print("thread end", n)
    return n * 2

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.5)

async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(loop.run_in_executor(None, blocking, 1.2), ticker())
    print(r[0], loop.time())

asyncio.run(main())
