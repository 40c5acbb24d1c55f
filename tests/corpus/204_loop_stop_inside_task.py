# checks: a task calls loop.stop(): run_forever returns after the current iteration
import asyncio

async def worker(loop):
    print("working")
    await asyncio.sleep(1)
    print("stopping the loop")
    loop.stop()
    print("still running this step")

loop = asyncio.new_event_loop()
loop.create_task(worker(loop))
loop.run_forever()
print("run_forever returned", loop.is_running())
loop.close()
