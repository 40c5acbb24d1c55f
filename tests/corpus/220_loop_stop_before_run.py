# checks: stop() before run_forever: exactly one iteration runs
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "first iteration")
loop.call_soon(lambda: loop.call_soon(print, "second iteration"))
loop.stop()
loop.run_forever()
print("returned")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
