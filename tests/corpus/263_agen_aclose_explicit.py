# checks: explicit aclose() runs finally with awaits; later shutdown has nothing to do
import asyncio

async def ticker():
    try:
        while True:
            yield asyncio.get_running_loop().time()
            await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.5)
        print("ticker closed at", asyncio.get_running_loop().time())

async def main():
    t = ticker()
    print(await t.__anext__())
    print(await t.__anext__())
    await t.aclose()
    print("after aclose")
    try:
        await t.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
