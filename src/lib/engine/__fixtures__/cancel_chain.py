# Cancelling a task that awaits another task cancels that one too, unless shielded.
import asyncio

async def inner(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'inner cancelled')
        raise
    return name

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print('outer cancelled')
        raise

async def outer_shielded(t):
    try:
        await asyncio.shield(t)
    except asyncio.CancelledError:
        print('shielded outer cancelled')
        raise

async def main():
    i = asyncio.create_task(inner('i1'))
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0.1)
    o.cancel()
    res = await asyncio.gather(o, i, return_exceptions=True)
    print([type(r).__name__ for r in res])
    i2 = asyncio.create_task(inner('i2'))
    o2 = asyncio.create_task(outer_shielded(i2))
    await asyncio.sleep(0.1)
    o2.cancel()
    await asyncio.sleep(0.1)
    print('o2', o2.cancelled(), 'i2 done', i2.done())
    i2.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('i2', i2.cancelled())

asyncio.run(main())
