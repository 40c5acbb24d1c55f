# checks: tasks created on a loop before it runs start when it runs
import asyncio

async def worker(n):
    print("worker", n, "starts")
    await asyncio.sleep(n)
    print("worker", n, "ends")
    return n * 10

loop = asyncio.new_event_loop()
tasks = [loop.create_task(worker(i)) for i in (2, 1, 3)]
print([t.get_name() for t in tasks])
print(loop.run_until_complete(asyncio.gather(*tasks)))
loop.close()
