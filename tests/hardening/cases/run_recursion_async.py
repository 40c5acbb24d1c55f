import asyncio

async def down(n):
    return await down(n + 1)

asyncio.run(down(0))
