# checks: TaskGroup waits for all children; results via task.result()
import asyncio

async def child(n):
    await asyncio.sleep(n / 4)
    print("child", n)
    return n * 10

async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(child(n)) for n in (3, 1, 2)]
        named = tg.create_task(child(4), name="four")
        print("inside group body")
    print([t.result() for t in ts], named.get_name(), named.result())

asyncio.run(main())
