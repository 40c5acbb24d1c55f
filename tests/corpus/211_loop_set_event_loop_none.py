# checks: set_event_loop(None) then get_event_loop raises in both versions
import asyncio

asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.set_event_loop("not a loop")
except TypeError as e:
    print(e)
