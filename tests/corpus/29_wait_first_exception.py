# checks: asyncio.wait with FIRST_EXCEPTION returns at the first exception
import asyncio

async def job(d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f"fail at {d}")
    return d

async def main():
    tasks = [asyncio.create_task(job(1)), asyncio.create_task(job(2, True)), asyncio.create_task(job(3))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    for t in tasks:
        if t in done:
            print(t.get_name(), repr(t.exception()))
    await asyncio.wait(pending)
    print([t.result() for t in pending])

asyncio.run(main())
