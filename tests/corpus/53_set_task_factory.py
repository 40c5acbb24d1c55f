# checks: loop.set_task_factory with a custom factory that counts tasks
import asyncio

created = []

def factory(loop, coro, **kwargs):
    created.append(coro.__qualname__)
    return asyncio.Task(coro, loop=loop, **kwargs)

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    print(await asyncio.gather(job(1), job(2)))
    t = asyncio.create_task(job(3))
    print(await t, t.get_name())
    print(created)

asyncio.run(main())
