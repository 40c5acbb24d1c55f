# Event.set() then clear() still wakes current waiters.
import asyncio

async def waiter(e, name):
    r = await e.wait()
    print(name, 'woke', r, e.is_set())

async def main():
    e = asyncio.Event()
    a = asyncio.create_task(waiter(e, 'a'))
    b = asyncio.create_task(waiter(e, 'b'))
    await asyncio.sleep(0)
    e.set()
    e.clear()
    await asyncio.gather(a, b)
    print('done')

asyncio.run(main())
