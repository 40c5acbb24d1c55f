# checks: a monitor task printing Semaphore._value and Queue._unfinished_tasks over time
import asyncio

async def worker(q, sem):
    while True:
        item = await q.get()
        async with sem:
            await asyncio.sleep(item)
        q.task_done()

async def monitor(q, sem):
    for _ in range(4):
        print(f"t={asyncio.get_running_loop().time():.1f} free={sem._value} unfinished={q._unfinished_tasks}")
        await asyncio.sleep(0.5)

async def main():
    q = asyncio.Queue()
    sem = asyncio.Semaphore(2)
    for d in (1, 1, 0.5, 0.5):
        q.put_nowait(d)
    workers = [asyncio.create_task(worker(q, sem)) for _ in range(3)]
    await asyncio.gather(q.join(), monitor(q, sem))
    for w in workers:
        w.cancel()

asyncio.run(main())
