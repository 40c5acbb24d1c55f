# checks: asyncio.timeout_at with an absolute deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.25)
    deadline = loop.time() + 0.5
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(2)
    except TimeoutError:
        print("timeout_at fired at", loop.time(), "deadline", deadline)

asyncio.run(main())
