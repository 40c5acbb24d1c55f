import asyncio, time

async def main():
    await asyncio.sleep(1e308)
    await asyncio.sleep(1)
    print("done", time.monotonic())

asyncio.run(main())
