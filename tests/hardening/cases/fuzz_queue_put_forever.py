import asyncio
async def main():
    q = asyncio.Queue()
    while True:
        q.put_nowait(1)
asyncio.run(main())
