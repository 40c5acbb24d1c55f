# checks: wait_for and shield of a coroutine (3.11 wraps it in an extra task, 3.12+ awaits it directly)
import asyncio

async def job(tag):
    print(tag, "runs in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    return tag

async def main():
    print(await asyncio.wait_for(job("wait_for"), timeout=5))
    print(await asyncio.shield(job("shield")))
    t = asyncio.create_task(job("after"))
    print(await t, t.get_name())

asyncio.run(main())
