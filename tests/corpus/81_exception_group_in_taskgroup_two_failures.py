# checks: two TaskGroup children failing in the same iteration give an ExceptionGroup with both
import asyncio

async def fail(n):
    await asyncio.sleep(1)
    raise ValueError(n)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(2))
    except ExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])

asyncio.run(main())
