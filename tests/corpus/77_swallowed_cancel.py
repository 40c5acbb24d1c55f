# checks: a task that swallows CancelledError finishes with a result (not cancelled)
import asyncio

async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "finished anyway"

async def main():
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0.5)
    t.cancel()
    print(await t, t.cancelled())

asyncio.run(main())
