# checks: a Semaphore created at module level, used in a user loop
import asyncio

sem = asyncio.Semaphore(2)

async def job(i):
    async with sem:
        print("job", i, "in at", asyncio.get_running_loop().time())
        await asyncio.sleep(1)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(asyncio.gather(*(job(i) for i in range(5))))
loop.close()
