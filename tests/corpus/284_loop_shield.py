# checks: shield inside run_until_complete: the outer cancel spares the inner task
import asyncio

async def inner():
    await asyncio.sleep(2)
    print("inner finished")
    return "inner"

async def main():
    t = asyncio.ensure_future(inner())
    try:
        await asyncio.wait_for(asyncio.shield(t), 1)
    except asyncio.TimeoutError:
        print("outer timed out")
    print(await t)

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
