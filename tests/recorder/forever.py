# Runs until interrupted: the recorder test stops it with SIGINT (Ctrl-C) and checks the trace is kept.
import asyncio


async def ticker():
    n = 0
    while True:
        print("tick", n, flush=True)
        n += 1
        await asyncio.sleep(0.02)


async def main():
    await asyncio.gather(ticker(), asyncio.sleep(3600))


asyncio.run(main())
