# checks: asyncio.wait ALL_COMPLETED and a timeout that leaves tasks pending (they are not cancelled)
import asyncio

async def job(d):
    await asyncio.sleep(d)
    print("job", d, "finished")
    return d

async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.5, 1.5, 2.5)]
    done, pending = await asyncio.wait(tasks, timeout=2)
    print(len(done), "done;", len(pending), "pending at", asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print(len(done), "done;", len(pending), "pending")

asyncio.run(main())
