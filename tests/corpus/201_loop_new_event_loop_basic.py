# checks: new_event_loop + run_until_complete returns the coroutine's result
import asyncio

async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(2, 3)))
print(loop.time())
loop.close()
print(loop.is_closed())
