# checks: 3.11: get_event_loop returns the same implicit loop each time; 3.14 needs set_event_loop
import asyncio

try:
    a = asyncio.get_event_loop()
    b = asyncio.get_event_loop()
    print("same loop", a is b, a.is_closed())
except RuntimeError as e:
    print("RuntimeError:", e)
    a = asyncio.new_event_loop()
    asyncio.set_event_loop(a)
    print("same loop", asyncio.get_event_loop() is a)

async def main():
    return asyncio.get_running_loop() is a

print(a.run_until_complete(main()))
a.close()
