# checks: loop API: shutdown_asyncgens closes a generator kept in a global
import asyncio

async def lines():
    try:
        for i in range(5):
            await asyncio.sleep(0.1)
            yield f"line {i}"
    finally:
        print("lines: cleanup")
        await asyncio.sleep(0.3)
        print("lines: cleanup done")

src = lines()

async def main():
    print(await src.__anext__())
    print(await src.__anext__())

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("before shutdown", loop.time())
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown", loop.time())
loop.close()
