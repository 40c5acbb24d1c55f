# checks: time.sleep inside a coroutine blocks the whole loop (other tasks fire late)
import asyncio
import time

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.5)
        print("tick", i, asyncio.get_running_loop().time())

async def blocker():
    await asyncio.sleep(0.1)
    print("blocking for 2 s")
    time.sleep(2)
    print("unblocked at", time.monotonic())

async def main():
    await asyncio.gather(ticker(), blocker())

asyncio.run(main())
