import asyncio, time

time.sleep(2**25)

async def main():
    await asyncio.sleep(0.5)
    print("woke", time.monotonic())

asyncio.run(main())
