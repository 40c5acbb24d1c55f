# checks: uvloop.run(main()) runs like asyncio.run
import asyncio
import uvloop

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    print(await asyncio.gather(job(2), job(1)))

uvloop.run(main())
