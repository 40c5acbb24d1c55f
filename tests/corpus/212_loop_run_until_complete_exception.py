# checks: run_until_complete re-raises the task's exception; the loop stays usable
import asyncio

async def fails():
    await asyncio.sleep(0.3)
    raise ValueError("bad value")

async def fine():
    return "fine"

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(fails())
except ValueError as e:
    print("caught", repr(e))
print(loop.run_until_complete(fine()))
loop.close()
