# checks: async with asyncio.timeout(...) cancels the body and raises TimeoutError
import asyncio

async def main():
    try:
        async with asyncio.timeout(1.5):
            for i in range(5):
                await asyncio.sleep(1)
                print("step", i)
    except TimeoutError:
        print("timeout at", asyncio.get_running_loop().time())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
    print("no deadline:", cm.when(), cm.expired())

asyncio.run(main())
