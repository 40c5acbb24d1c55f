# checks: module-level get_event_loop + run_until_complete: 3.11 makes a loop, 3.14 raises CPython's RuntimeError
import asyncio

async def main():
    print("main starts")
    await asyncio.sleep(1)
    print("main ends")
    return 42

try:
    loop = asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
print(loop.run_until_complete(main()))
loop.close()
