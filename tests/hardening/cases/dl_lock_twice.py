import asyncio

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    print("got it once")
    await lock.acquire()
    print("never")

asyncio.run(main())
