# checks: a task factory sees the Task-N names CPython gives (3.11: name= is applied after the factory returns)
import asyncio

def quiet_factory(loop, coro, **kw):
    return asyncio.Task(coro, loop=loop, **kw)

def loud_factory(loop, coro, **kw):
    t = asyncio.Task(coro, loop=loop, **kw)
    print("factory made", t.get_name(), sorted(kw))
    return t

async def leaf(n):
    await asyncio.sleep(0.1)
    return asyncio.current_task().get_name()

async def phase(factory):
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    a = asyncio.create_task(leaf(1), name="named-a")
    b = asyncio.create_task(leaf(2))
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(leaf(3), name="named-c")
        d = tg.create_task(leaf(4))
    print(await a, await b, c.result(), d.result())
    e = loop.create_task(leaf(5), name="named-e")
    print(await e)
    loop.set_task_factory(None)

async def main():
    await phase(quiet_factory)
    await phase(loud_factory)

asyncio.run(main())
