# asyncio.wait with FIRST_COMPLETED / FIRST_EXCEPTION / timeout.
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    a = asyncio.create_task(job('a', 0.2))
    b = asyncio.create_task(job('b', 0.1))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print('first', sorted(t.result() for t in done), len(pending))
    c = asyncio.create_task(job('c', 0.1, fail=True))
    d = asyncio.create_task(job('d', 0.5))
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_EXCEPTION)
    print('exc', [repr(t.exception()) for t in done], len(pending))
    done, pending = await asyncio.wait([d], timeout=0.1)
    print('timeout', len(done), len(pending))
    done, pending = await asyncio.wait([a, d])
    print('all', sorted(t.result() for t in done), round(loop.time() - t0, 1))

asyncio.run(main())
