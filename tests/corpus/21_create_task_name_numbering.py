# checks: create_task(name=...) honours the name; 3.11 still consumes a Task-N number for it
import asyncio

async def job():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    a = asyncio.create_task(job())
    b = asyncio.create_task(job(), name="named")
    c = asyncio.create_task(job())
    print(await a, await b, await c)
    c.set_name("renamed")
    print(c.get_name())

asyncio.run(main())
