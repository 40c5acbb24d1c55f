# checks: Condition.notify(1) and notify_all wake waiters in order
import asyncio

async def waiter(cond, n):
    async with cond:
        await cond.wait()
        print("woken", n)

async def main():
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(cond, n)) for n in range(4)]
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)

asyncio.run(main())
