# checks: shield keeps the inner task running when the outer await is cancelled
import asyncio

async def important():
    await asyncio.sleep(2)
    print("important finished")
    return "saved"

async def waiter(t):
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled, inner done?", t.done())
        raise

async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(1)
    w.cancel()
    await asyncio.sleep(0)
    print("inner result", await inner)
    print(w.cancelled())

asyncio.run(main())
