import asyncio

async def waiter(ev):
    print("waiting")
    await ev.wait()

async def main():
    ev = asyncio.Event()
    await asyncio.create_task(waiter(ev), name="waiter")

asyncio.run(main())
