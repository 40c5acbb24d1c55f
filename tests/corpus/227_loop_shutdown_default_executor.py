# checks: loop.shutdown_default_executor() waits for a running worker thread
import asyncio
import time

def work():
    time.sleep(2)
    print("thread finished")

async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, work)
    await asyncio.sleep(0.5)
    print("main done at", loop.time())

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.run_until_complete(loop.shutdown_default_executor())
print("executor shut down at", loop.time())
loop.close()
