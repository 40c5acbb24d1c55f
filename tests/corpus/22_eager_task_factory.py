# requires: 3.12
# checks: eager_task_factory runs a new task's first step inside create_task
import asyncio

async def child(n):
    print("child", n, "first step")
    await asyncio.sleep(0.1 * n)
    print("child", n, "second step")
    return n

async def instant():
    print("instant finishes without suspending")
    return "instant"

async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t1 = asyncio.create_task(child(1))
    print("after create 1, done?", t1.done())
    t2 = asyncio.create_task(instant())
    print("after create 2, done?", t2.done(), t2.result())
    print(await t1)

asyncio.run(main())
