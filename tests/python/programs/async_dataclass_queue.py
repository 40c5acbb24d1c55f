import asyncio
from dataclasses import dataclass, field
from collections import deque
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
async def worker(name, q, done):
    while True:
        job = await q.get()
        print(f"{name} got {job}")
        await asyncio.sleep(0.001 * job.priority)
        done.append(job.name)
        q.task_done()
async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
        q.put_nowait(Job(p, n))
    done = deque(maxlen=10)
    w = asyncio.create_task(worker("w1", q, done))
    await q.join()
    w.cancel()
    print(list(done))
asyncio.run(main())
