# checks: loop.create_future resolved by a call_later callback and by another task
import asyncio

async def setter(fut):
    await asyncio.sleep(0.5)
    fut.set_result("from task")

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    loop.call_later(1, f1.set_result, "from callback")
    print(await f1)
    f2 = loop.create_future()
    asyncio.create_task(setter(f2))
    print(await f2, f2.done())
    f3 = loop.create_future()
    f3.set_exception(RuntimeError("bad future"))
    try:
        await f3
    except RuntimeError as e:
        print("raised", e)

asyncio.run(main())
