# checks: run_forever can be started again after stop()
import asyncio

async def counter():
    for i in range(4):
        print("count", i)
        await asyncio.sleep(1)

loop = asyncio.new_event_loop()
t = loop.create_task(counter())
loop.call_later(1.5, loop.stop)
loop.run_forever()
print("paused at", loop.time(), t.done())
loop.run_until_complete(t)
print("finished at", loop.time())
loop.close()
