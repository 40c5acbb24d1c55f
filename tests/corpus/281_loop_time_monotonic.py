# checks: loop.time() is time.monotonic() on the virtual clock
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1.25)
    print(loop.time() == time.monotonic(), loop.time())

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print(loop.time(), time.monotonic())
loop.close()
