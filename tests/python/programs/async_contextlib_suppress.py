import asyncio
from contextlib import suppress
async def forever():
    try:
        while True:
            await asyncio.sleep(1)
    finally:
        print("forever cleaned up")
async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    with suppress(asyncio.CancelledError):
        await t
    print("cancelled?", t.cancelled())
    with suppress(asyncio.TimeoutError):
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.001)
    print("timed out quietly")
asyncio.run(main())
