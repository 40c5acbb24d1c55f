# checks: asyncio.run() inside a loop started with run_until_complete is refused
import asyncio

async def inner():
    return 1

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await coro

loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
loop.close()
