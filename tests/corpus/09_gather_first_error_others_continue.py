# checks: gather without return_exceptions raises the first error and does not cancel the others
import asyncio

async def ok(n):
    await asyncio.sleep(n)
    print("ok", n)
    return n

async def bad():
    await asyncio.sleep(0.5)
    raise ValueError("bad one")

async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(2))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(3)
    print("end")

asyncio.run(main())
