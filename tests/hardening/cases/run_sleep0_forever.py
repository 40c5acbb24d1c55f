import asyncio

async def main():
    n = 0
    while True:
        n += 1
        await asyncio.sleep(0)

asyncio.run(main())
