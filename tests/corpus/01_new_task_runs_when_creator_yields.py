# checks: a new task runs only when its creator yields (create_task does not switch)
import asyncio

async def child():
    print("child runs")

async def main():
    asyncio.create_task(child())
    print("creator continues")
    print("still before yielding")
    await asyncio.sleep(0)
    print("after yield")

asyncio.run(main())
