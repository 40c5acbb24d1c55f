# checks: asyncio.wait with FIRST_COMPLETED
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 2), ("b", 1), ("c", 1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))

asyncio.run(main())
