# checks: Condition and BoundedSemaphore reprs
import asyncio

async def main():
    cond = asyncio.Condition()
    bs = asyncio.BoundedSemaphore(1)
    print(repr(cond).split("[")[1], repr(bs).split("[")[1], bs._value)
    async with cond:
        print(repr(cond).split("[")[1])
    await bs.acquire()
    print(repr(bs).split("[")[1])
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
