# checks: import uvloop; uvloop.install() keeps asyncio's scheduling (trace notes loop=uvloop)
import asyncio
import uvloop

async def main():
    await asyncio.sleep(0.2)
    print("running on the requested loop")

uvloop.install()
asyncio.run(main())
