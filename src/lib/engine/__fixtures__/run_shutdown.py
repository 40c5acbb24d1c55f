# asyncio.run at exit cancels leftover tasks (creation order) and keeps running until they finish.
import asyncio

async def bg(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        await asyncio.sleep(1)
        print(name, 'cleanup done')
        raise

async def main():
    asyncio.create_task(bg('a'))
    asyncio.create_task(bg('b'))
    await asyncio.sleep(0.1)
    print('main done')
    return 42

print('result', asyncio.run(main()))
