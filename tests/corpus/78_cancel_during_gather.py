# checks: cancelling a gather cancels all its children
import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(2), child(3))
    await asyncio.sleep(1.5)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")

asyncio.run(main())
