# checks: loop.create_task with names before the loop runs
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()

loop = asyncio.new_event_loop()
a = loop.create_task(job(), name="alpha")
b = loop.create_task(job())
print(a.get_name(), b.get_name())
print(loop.run_until_complete(asyncio.gather(a, b)))
loop.close()
