# checks: get_event_loop() inside a coroutine is the running loop
import asyncio

async def main():
    a = asyncio.get_event_loop()
    b = asyncio.get_running_loop()
    print(a is b, a.is_running())
    return a

loop = asyncio.new_event_loop()
inner = loop.run_until_complete(main())
print(inner is loop, loop.is_running())
loop.close()
