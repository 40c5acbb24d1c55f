# checks: timeout().expired() and a body that catches the cancellation itself
import asyncio

async def main():
    async with asyncio.timeout(10) as cm:
        await asyncio.sleep(0.1)
    print("expired after fast body:", cm.expired())
    try:
        async with asyncio.timeout(0.5) as cm2:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body saw CancelledError")
                raise
    except TimeoutError:
        print("expired:", cm2.expired())

asyncio.run(main())
