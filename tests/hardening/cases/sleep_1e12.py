import asyncio, time

async def main():
    await asyncio.sleep(1e12)
    print("done", time.monotonic())

asyncio.run(main())
