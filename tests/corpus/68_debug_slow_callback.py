# checks: asyncio.run(main(), debug=True) reports a step slower than 0.1 s (time.sleep inside a coroutine)
import asyncio
import time

async def slow_step():
    time.sleep(0.3)
    await asyncio.sleep(0)
    print("slow step done")

async def main():
    await asyncio.create_task(slow_step())
    print("main done")

asyncio.run(main(), debug=True)
