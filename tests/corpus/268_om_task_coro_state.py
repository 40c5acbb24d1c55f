# checks: Task._coro, Future._state and task/future reprs through a life cycle
import asyncio

async def job():
    await asyncio.sleep(1)
    return "result"

async def main():
    t = asyncio.create_task(job(), name="job-task")
    print(t._state, t._coro.__qualname__, t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t._state, t)
    f = asyncio.get_running_loop().create_future()
    print(f._state, f)
    f.set_exception(KeyError("k"))
    print(f._state, f)
    f.exception()
    g = asyncio.get_running_loop().create_future()
    g.cancel(msg="stop")
    print(g._state, g)

asyncio.run(main())
