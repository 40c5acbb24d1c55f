# checks: awaiting a finished task or a set Event does not yield to the loop
import asyncio

async def quick():
    return 42

async def other():
    print("other ran")

async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print("done?", t.done())
    asyncio.create_task(other())
    print("await finished task ->", await t)
    ev = asyncio.Event()
    ev.set()
    await ev.wait()
    print("after set event wait, other has not run yet")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
