# checks: repr of a loop: running / closed / debug flags as python3 prints them
import asyncio

loop = asyncio.new_event_loop()
print(loop)

async def show():
    print(asyncio.get_running_loop())

loop.run_until_complete(show())
loop.set_debug(True)
print(loop.get_debug())
loop.set_debug(False)
loop.close()
print(loop)
