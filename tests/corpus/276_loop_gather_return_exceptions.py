# checks: gather(return_exceptions=True) on a user loop
import asyncio

async def ok(n):
    await asyncio.sleep(n)
    return n

async def bad():
    await asyncio.sleep(0.5)
    raise KeyError("k")

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather(ok(1), bad(), ok(0.2), return_exceptions=True)))
loop.close()
