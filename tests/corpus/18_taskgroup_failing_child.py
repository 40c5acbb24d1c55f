# checks: a failing TaskGroup child cancels the other children in creation order and raises an ExceptionGroup
import asyncio

async def child(n, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"child {n} failed")
        print("child", n, "done")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1, 5))
            tg.create_task(child(2, 0.5))
            tg.create_task(child(3, 1, fail=True))
            tg.create_task(child(4, 3))
    except ExceptionGroup as eg:
        print("group:", [str(e) for e in eg.exceptions])

asyncio.run(main())
