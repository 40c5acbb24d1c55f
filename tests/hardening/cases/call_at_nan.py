import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_at(float("nan"), fut.set_result, "nan deadline ran")
    print(await fut)

asyncio.run(main())
