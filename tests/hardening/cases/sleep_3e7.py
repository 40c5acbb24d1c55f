import asyncio, time

async def main():
    await asyncio.sleep(3 * 10**7)
    print("done", time.monotonic())

asyncio.run(main())
