# checks: run_until_complete from inside the running loop is refused
import asyncio

async def inner():
    return 1

async def main(loop):
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await coro

loop = asyncio.new_event_loop()
print(loop.run_until_complete(main(loop)))
loop.close()
