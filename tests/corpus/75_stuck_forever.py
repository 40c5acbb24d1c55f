# checks: a program that would hang forever (waits on an Event nobody sets) is reported as stuck
import asyncio

async def main():
    ev = asyncio.Event()
    print("waiting forever")
    await ev.wait()
    print("never")

asyncio.run(main())
