# checks: a TaskGroup inside run_until_complete
import asyncio

async def child(i):
    await asyncio.sleep(i * 0.1)
    print("child", i)
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(child(i)) for i in range(3)]
    print([t.result() for t in ts])

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
