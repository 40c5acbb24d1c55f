# checks: is_running() is True in callbacks and False outside
import asyncio

loop = asyncio.new_event_loop()

def cb():
    print("in callback running =", loop.is_running())
    loop.stop()

loop.call_soon(cb)
print("before", loop.is_running())
loop.run_forever()
print("after", loop.is_running())
loop.close()
