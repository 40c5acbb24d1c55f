# checks: several partially consumed async generators in a global list, closed in first-use order
import asyncio

async def numbers(tag):
    try:
        for i in range(10):
            yield f"{tag}{i}"
            await asyncio.sleep(0.1)
    finally:
        print("closing", tag)

gens = [numbers("x"), numbers("y"), numbers("z")]

async def main():
    for g in (gens[1], gens[0], gens[2]):
        print(await g.__anext__())
    print(await gens[1].__anext__())

asyncio.run(main())
