# checks: many small sleeps accumulate float error in loop.time() exactly like CPython
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for i in range(10):
        await asyncio.sleep(0.1)
    print(loop.time())
    for i in range(3):
        await asyncio.sleep(1 / 3)
    print(loop.time())

asyncio.run(main())
