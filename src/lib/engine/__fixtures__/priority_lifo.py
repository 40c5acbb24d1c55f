# PriorityQueue pops in heapq order (ties by heap position), LifoQueue last-in-first-out.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 1, 3, 9, 2, 6]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(8)])
    lq = asyncio.LifoQueue()
    for x in 'abc':
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print('empty')
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print('full', fq.full())

asyncio.run(main())
