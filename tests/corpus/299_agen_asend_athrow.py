# checks: asend and athrow drive an async generator
import asyncio

async def echo():
    total = 0
    try:
        while True:
            x = yield total
            total += x
            await asyncio.sleep(0)
    except ValueError as e:
        print("athrow got", e)
        yield -1

async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.asend(7))
    print(await g.athrow(ValueError("stop")))
    await g.aclose()

asyncio.run(main())
