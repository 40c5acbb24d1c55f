# checks: run_in_executor on a loop driven by run_until_complete
import asyncio
import time

def blocking(n):
    time.sleep(n)
    return n * 2

async def main(loop):
    r = await loop.run_in_executor(None, blocking, 1.5)
    print("result", r, loop.time())

loop = asyncio.new_event_loop()
loop.run_until_complete(main(loop))
loop.run_until_complete(loop.shutdown_default_executor())
loop.close()
