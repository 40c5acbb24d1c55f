# checks: as_completed yields in completion order and wraps bare coroutines into tasks in argument order
import asyncio

async def job(name, d):
    print("start", name, asyncio.current_task().get_name())
    await asyncio.sleep(d)
    return name

async def main():
    for fut in asyncio.as_completed([job("slow", 3), job("fast", 1), job("mid", 2)]):
        print("completed", await fut)

asyncio.run(main())
