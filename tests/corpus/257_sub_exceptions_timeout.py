# checks: asyncio.exceptions.TimeoutError is the builtin TimeoutError; wait_for raises it
import asyncio

async def main():
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=1)
    except asyncio.exceptions.TimeoutError as e:
        print("timeout", type(e) is TimeoutError, asyncio.exceptions.TimeoutError is asyncio.TimeoutError)
    print(asyncio.exceptions.CancelledError is asyncio.CancelledError)

asyncio.run(main())
