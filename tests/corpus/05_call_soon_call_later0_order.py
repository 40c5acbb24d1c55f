# checks: call_later(0) runs in the next iteration after what call_soon already queued, before what is queued during it
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def cb(name):
        print("cb", name)
        if name == "soon1":
            loop.call_soon(cb, "soon-from-soon1")
            loop.call_later(0, cb, "later0-from-soon1")
    loop.call_soon(cb, "soon1")
    loop.call_later(0, cb, "later0")
    loop.call_soon(cb, "soon2")
    loop.call_later(0, cb, "later0-b")
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
