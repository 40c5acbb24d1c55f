# checks: the tutorial pattern: run_until_complete(main), then shutdown_asyncgens, then close
import asyncio

async def ticks():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("ticks finalized")

gen = None

async def main():
    global gen
    gen = ticks()
    async for i in gen:
        print("got", i)
        if i == 2:
            break

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("closed")
