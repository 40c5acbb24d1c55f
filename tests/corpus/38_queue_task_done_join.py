# checks: Queue.task_done / join wait for all items to be processed
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item)
        q.task_done()

async def main():
    q = asyncio.Queue()
    for item in (0.3, 0.1, 0.2, 0.4):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print("joined at", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)

asyncio.run(main())
