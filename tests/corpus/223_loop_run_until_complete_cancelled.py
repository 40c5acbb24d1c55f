# checks: a task cancelled while run_until_complete waits on it raises CancelledError
import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

loop = asyncio.new_event_loop()
task = loop.create_task(slow())
loop.call_later(1, task.cancel)
try:
    loop.run_until_complete(task)
except asyncio.CancelledError:
    print("CancelledError out of run_until_complete", task.cancelled())
loop.close()
