# checks: Event.set() immediately followed by clear() still wakes the current waiters
import asyncio

async def waiter(ev, n):
    await ev.wait()
    print("woken", n, "is_set:", ev.is_set())

async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0.1)
    ev.set()
    ev.clear()
    await asyncio.gather(*ws)
    print("all woke")

asyncio.run(main())
