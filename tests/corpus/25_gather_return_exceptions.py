# checks: gather(return_exceptions=True) returns exceptions in argument order
import asyncio

async def ok(n):
    await asyncio.sleep(n / 10)
    return n

async def fail(msg):
    await asyncio.sleep(0.05)
    raise KeyError(msg)

async def main():
    res = await asyncio.gather(ok(3), fail("k"), ok(1), return_exceptions=True)
    print(res)
    for r in res:
        print(type(r).__name__, repr(r))

asyncio.run(main())
