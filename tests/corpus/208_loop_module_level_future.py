# checks: asyncio.Future() at module level: 3.11 binds the implicit loop, 3.14 needs a current loop
import asyncio

try:
    fut = asyncio.Future()
    print("created", fut)
    loop = fut.get_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    fut = asyncio.Future()
    print("created after set_event_loop", fut)

async def resolve():
    await asyncio.sleep(0.5)
    fut.set_result(7)

loop.create_task(resolve())
print(loop.run_until_complete(fut))
loop.close()
