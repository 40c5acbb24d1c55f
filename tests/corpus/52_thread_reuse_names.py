# checks: worker threads are named asyncio_N and the lowest idle one is reused
import asyncio
import time

def job(d):
    print("job", d, "starts")
    time.sleep(d)
    return d

async def main():
    await asyncio.gather(*(asyncio.to_thread(job, d) for d in (1, 0.5, 2)))
    await asyncio.to_thread(job, 0.1)
    await asyncio.gather(asyncio.to_thread(job, 0.2), asyncio.to_thread(job, 0.3))
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
