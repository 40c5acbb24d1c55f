import asyncio

async def main():
    for i in range(200_000):
        print("line", i)

asyncio.run(main())
