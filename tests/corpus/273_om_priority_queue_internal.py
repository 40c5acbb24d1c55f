# checks: PriorityQueue._queue is the heap list
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for p in (5, 1, 4, 2):
        pq.put_nowait((p, f"job{p}"))
    print(pq._queue[0], len(pq._queue), pq._unfinished_tasks)
    print([pq.get_nowait()[1] for _ in range(4)])

asyncio.run(main())
