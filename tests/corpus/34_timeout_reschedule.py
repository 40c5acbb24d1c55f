# checks: Timeout.reschedule moves the deadline (later and earlier)
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(1) as cm:
            await asyncio.sleep(0.5)
            cm.reschedule(loop.time() + 2)
            print("rescheduled to", cm.when())
            await asyncio.sleep(1.5)
            print("still inside at", loop.time())
            cm.reschedule(loop.time() + 0.25)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout at", loop.time(), "expired:", cm.expired())

asyncio.run(main())
