# checks: float deadlines use loop.time() + delay exactly (prints at t=2.6999999999999997)
import asyncio

async def late(delay):
    await asyncio.sleep(delay)
    print("late task at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    for _ in range(9):
        await asyncio.sleep(0.3)
    print("t =", loop.time())
    await asyncio.sleep(0.3)
    print("t =", loop.time())

async def pair():
    await asyncio.sleep(0.4)
    await asyncio.gather(main_part(), late(2.3))

async def main_part():
    await asyncio.sleep(2.3)
    print("0.4 + 2.3 =", asyncio.get_running_loop().time())

async def top():
    await main()
    await pair()

asyncio.run(top())
