import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0), name="__proto__")
    await t
    print(t.get_name())

asyncio.run(main())
