import asyncio


async def node(depth, fanout):
    if depth == 0:
        await asyncio.sleep(0.01)
        return 1
    counts = await asyncio.gather(*[node(depth - 1, fanout) for _ in range(fanout)])
    return sum(counts)


async def main():
    print(await node(6, 4))


asyncio.run(main())
