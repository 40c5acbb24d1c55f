# checks: cancelling() counts cancel requests, uncancel() decrements, a swallowed cancel lets the task finish
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("cancelling =", t.cancelling())
        print("uncancel ->", t.uncancel())
    await asyncio.sleep(0.5)
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    t.cancel()
    print("after two cancels:", t.cancelling())
    print(await t, t.cancelled(), t.cancelling())

asyncio.run(main())
