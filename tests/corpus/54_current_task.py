# checks: current_task inside tasks and in a plain callback
import asyncio

async def job():
    t = asyncio.current_task()
    print("inside", t.get_name())

async def main():
    print("main is", asyncio.current_task().get_name())
    await asyncio.create_task(job())
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("in callback:", asyncio.current_task()))
    await asyncio.sleep(0)

asyncio.run(main())
