# checks: asyncio.run at exit cancels leftover tasks (creation order) and runs until they finish
import asyncio

async def leftover(n):
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print("leftover", n, "cancelled, cleaning up")
        await asyncio.sleep(0.5)
        print("leftover", n, "cleanup done")
        raise

async def main():
    for n in range(3):
        asyncio.create_task(leftover(n))
    await asyncio.sleep(1)
    print("main returns")

asyncio.run(main())
print("after run")
