import asyncio
async def main():
    q = asyncio.Queue()
    while True:
        q.put_nowait([0] * 10 ** 4)
asyncio.run(main())
