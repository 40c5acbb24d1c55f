import asyncio

async def spin():
    n = 0
    while True:
        n += 1

async def main():
    print("start")
    await spin()

asyncio.run(main())
