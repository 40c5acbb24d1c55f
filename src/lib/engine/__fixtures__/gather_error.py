# gather without return_exceptions raises the first error and does not cancel the others.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError('boom')

async def slow():
    await asyncio.sleep(0.2)
    print('slow finished')
    return 'slow'

async def main():
    try:
        await asyncio.gather(fail(), slow())
    except ValueError as e:
        print('caught', repr(e))
    await asyncio.sleep(0.3)
    print('end')

asyncio.run(main())
