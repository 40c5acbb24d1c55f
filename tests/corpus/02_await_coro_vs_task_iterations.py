# checks: awaiting a coroutine directly costs no loop iteration, awaiting a new task costs two
import asyncio

async def work(tag):
    print("work", tag)
    return tag

async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print("direct:", await work("coro"))
    print("after direct")
    print("task:", await asyncio.create_task(work("task")))
    print("after task")
    await t

asyncio.run(main())
