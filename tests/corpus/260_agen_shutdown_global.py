# checks: an async generator left open in a global is finalized by shutdown_asyncgens (its finally awaits)
import asyncio

async def stream():
    try:
        for i in range(100):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.5)
        print("cleanup done")

holder = []

async def main():
    g = stream()
    holder.append(g)
    async for v in g:
        print("value", v)
        if v == 2:
            break
    print("main returns")

asyncio.run(main())
print("after run")
