import asyncio
from contextlib import asynccontextmanager
@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0.1)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.1)
        print("close", name)
async def use(name, fail):
    try:
        async with connection(name) as c:
            print("using", c)
            await asyncio.sleep(0.2)
            if fail:
                raise RuntimeError(f"{name} failed")
    except RuntimeError as e:
        print("caught", e)
    return name
async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(use("a", False), use("b", True))
    print(r)
asyncio.run(main())
