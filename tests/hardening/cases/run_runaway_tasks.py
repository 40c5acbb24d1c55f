import asyncio

async def noop():
    await asyncio.sleep(1)

async def main():
    while True:
        asyncio.create_task(noop())
        await asyncio.sleep(0)

asyncio.run(main())
