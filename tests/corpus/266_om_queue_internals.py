# checks: Queue._unfinished_tasks, _queue, qsize and repr/str with getters and tasks
import asyncio

async def main():
    q = asyncio.Queue(maxsize=3)
    print(str(q), q._unfinished_tasks, q._queue)
    for i in range(3):
        await q.put(i)
    print(str(q), q._unfinished_tasks, list(q._queue), q.full())
    q.get_nowait()
    q.task_done()
    print(str(q), q._unfinished_tasks)
    empty = asyncio.Queue()
    waiter = asyncio.create_task(empty.get())
    await asyncio.sleep(0)
    print(str(empty))
    empty.put_nowait("x")
    print(await waiter, str(empty))
    lq = asyncio.LifoQueue()
    lq.put_nowait(1)
    lq.put_nowait(2)
    print(lq._queue, str(lq))

asyncio.run(main())
