import asyncio
async def bad():
    await asyncio.sleep(0)
    raise ValueError("x")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad())
            tg.create_task(bad())
    except* ValueError as eg:
        print("caught", eg.exceptions)
        await asyncio.sleep(0)
    print("done")
asyncio.run(main())
