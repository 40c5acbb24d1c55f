# checks: a task cancels the main task; asyncio.run raises CancelledError (exit code 1)
import asyncio

async def killer(target):
    await asyncio.sleep(0.5)
    target.cancel()

async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    await asyncio.sleep(2)
    print("never")

asyncio.run(main())
