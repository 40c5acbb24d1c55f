import asyncio
async def w(i):
    await asyncio.sleep(0)
async def main():
    await asyncio.gather(*(w(i) for i in range(10000000)))
asyncio.run(main())
