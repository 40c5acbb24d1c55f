# Task-N numbering: gather/wait_for create tasks; name= consumes a number in 3.11 (not in 3.12+).
import asyncio

async def f():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(f(), name='named')
    print(await t)
    print(await asyncio.create_task(f()))
    print(await asyncio.gather(f(), f()))
    print(await asyncio.wait_for(f(), 1))
    print(await asyncio.create_task(f()))

asyncio.run(main())
