# checks: wait_for whose inner coroutine suppresses the cancellation returns its value instead of TimeoutError
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("ignoring cancel")
    return "stubborn value"

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=1)
        print("got", r)
    except TimeoutError:
        print("TimeoutError")
    print(asyncio.get_running_loop().time())

asyncio.run(main())
