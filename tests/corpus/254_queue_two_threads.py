# checks: two executor threads write one queue.Queue; the loop reads it
import asyncio
import queue
import time

q = queue.Queue()

def worker(name, n):
    for i in range(n):
        time.sleep(0.1)
        q.put(f"{name}{i}")

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(loop.run_in_executor(None, worker, "a", 2), loop.run_in_executor(None, worker, "b", 3))
    items = []
    while True:
        try:
            items.append(q.get_nowait())
        except queue.Empty:
            break
    print(items)

asyncio.run(main())
