# wait_for raises TimeoutError only after the inner coroutine finished its cleanup.
import asyncio

async def long():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('cleanup start')
        await asyncio.sleep(0.5)
        print('cleanup done')
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.wait_for(long(), timeout=1)
    except asyncio.TimeoutError:
        print('timeout after', round(loop.time() - t0, 1))

asyncio.run(main())
