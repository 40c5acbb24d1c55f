import asyncio

async def a(fa, fb):
    await fb
    fa.set_result(1)

async def b(fa, fb):
    await fa
    fb.set_result(2)

async def main():
    loop = asyncio.get_running_loop()
    fa = loop.create_future()
    fb = loop.create_future()
    await asyncio.gather(a(fa, fb), b(fa, fb))

asyncio.run(main())
