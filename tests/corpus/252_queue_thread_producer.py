# checks: queue.Queue filled by a worker thread, drained by the loop
import asyncio
import queue
import time

results = queue.Queue()

def crunch(n):
    for i in range(n):
        time.sleep(0.2)
        results.put(i * i)
    return n

async def main():
    n = await asyncio.to_thread(crunch, 4)
    out = []
    while not results.empty():
        out.append(results.get())
        results.task_done()
    print(n, out, results.qsize())
    results.join()

asyncio.run(main())
