# checks: call_at / call_later ordering by deadline, ties by creation, cancel of a handle
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    loop.call_at(now + 0.3, print, "call_at +0.3")
    loop.call_later(0.1, print, "call_later 0.1")
    h = loop.call_later(0.2, print, "cancelled handle")
    loop.call_at(now + 0.1, print, "call_at +0.1 (tie, created later)")
    loop.call_soon(print, "call_soon")
    h.cancel()
    await asyncio.sleep(0.5)
    print("end", loop.time())

asyncio.run(main())
