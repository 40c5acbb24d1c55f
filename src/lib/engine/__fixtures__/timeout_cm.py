# asyncio.timeout: expiry turns CancelledError into TimeoutError; reschedule; expired().
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('inner cancelled')
                raise
    except TimeoutError:
        print('timeout expired', cm.expired())
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(loop.time() + 2)
        await asyncio.sleep(1)
        print('rescheduled ok', cm.expired())
    print('cancelling', asyncio.current_task().cancelling())

asyncio.run(main())
