import asyncio

async def boom():
    raise ValueError("lost")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    print("main done")
    del t

asyncio.run(main())
