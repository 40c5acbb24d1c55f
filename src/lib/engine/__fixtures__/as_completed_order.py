# as_completed yields results in completion order (sleeps differ), ties resolved by argument order.
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    for c in asyncio.as_completed([job('a', 0.3), job('b', 0.1), job('c', 0.2), job('d', 0.1)]):
        print(await c)

asyncio.run(main())
