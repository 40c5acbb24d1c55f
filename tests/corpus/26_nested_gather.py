# checks: nested gather (gather of gathers) results and task creation order
import asyncio

async def leaf(n):
    await asyncio.sleep(0.1 * (n % 3))
    print("leaf", n)
    return n * n

async def main():
    res = await asyncio.gather(
        asyncio.gather(leaf(1), leaf(2)),
        asyncio.gather(leaf(3), asyncio.gather(leaf(4), leaf(5))),
        leaf(6),
    )
    print(res)

asyncio.run(main())
