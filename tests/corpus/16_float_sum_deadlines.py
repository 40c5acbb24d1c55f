# checks: 0.1 + 0.2 deadlines versus 0.3 (float arithmetic decides the order)
import asyncio

async def sleeper(name, *delays):
    for d in delays:
        await asyncio.sleep(d)
    print(name, asyncio.get_running_loop().time())

async def main():
    await asyncio.gather(
        sleeper("a 0.1+0.2", 0.1, 0.2),
        sleeper("b 0.3", 0.3),
        sleeper("c 0.2+0.1", 0.2, 0.1),
        sleeper("d 0.1*3", 0.1, 0.1, 0.1),
    )

asyncio.run(main())
