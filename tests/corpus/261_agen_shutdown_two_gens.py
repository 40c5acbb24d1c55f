# checks: two unfinished async generators closed concurrently by one gather
import asyncio

async def gen(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
    finally:
        print(name, "closing")
        await asyncio.sleep(0.2 if name == "a" else 0.1)
        print(name, "closed")

keep = []

async def main():
    a, b = gen("a", 5), gen("b", 5)
    keep.extend([a, b])
    print(await a.__anext__(), await b.__anext__(), await a.__anext__())

asyncio.run(main())
