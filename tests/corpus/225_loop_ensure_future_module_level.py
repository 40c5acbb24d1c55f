# checks: ensure_future of a coroutine at module level uses the current loop
import asyncio

async def hello():
    await asyncio.sleep(0.2)
    print("hello")
    return "hi"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
task = asyncio.ensure_future(hello())
print(task.get_loop() is loop, task.get_name())
print(loop.run_until_complete(task))
loop.close()
