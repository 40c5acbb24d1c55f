# checks: all_tasks lists pending tasks (sorted here: set order is not defined)
import asyncio

async def job(d):
    await asyncio.sleep(d)

async def main():
    ts = [asyncio.create_task(job(d)) for d in (1, 2)]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await ts[1]
    print(len(asyncio.all_tasks()))

asyncio.run(main())
