# A failing TaskGroup child cancels the others (creation order) and the parent; errors come as an ExceptionGroup.
import asyncio

async def worker(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        print(name, 'ok')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker('w1', 1))
            tg.create_task(worker('w2', 0.1, fail=True))
            tg.create_task(worker('w3', 1))
            tg.create_task(worker('w4', 0.05))
    except* ValueError as eg:
        print('caught', [repr(e) for e in eg.exceptions])
    print('cancelling', asyncio.current_task().cancelling())

asyncio.run(main())
