# checks: asyncio.sleep(delay, result) returns result
import asyncio

async def main():
    v = await asyncio.sleep(0.5, result="payload")
    print(v)
    v = await asyncio.sleep(0, result=[1, 2])
    print(v)

asyncio.run(main())
