import asyncio

async def main():
    await asyncio.sleep(float("inf"))
    print("never")

asyncio.run(main())
