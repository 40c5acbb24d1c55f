# checks: Event.wait in several tasks, set later; wait on an already set event returns True at once
import asyncio

async def waiter(ev, n):
    print("waiting", n)
    r = await ev.wait()
    print("released", n, r)

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in range(3)]
    await asyncio.sleep(1)
    ev.set()
    await asyncio.gather(*ts)
    print(await ev.wait(), ev.is_set())
    ev.clear()
    print(ev.is_set())

asyncio.run(main())
