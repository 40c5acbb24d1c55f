# checks: as_completed with a timeout raises TimeoutError for the ones not finished in time
import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.5, 3, 1)]
    try:
        for f in asyncio.as_completed(tasks, timeout=2):
            print("got", await f)
    except asyncio.TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0)

asyncio.run(main())
