# checks: call_soon / call_later registered before the loop runs, in order
import asyncio

loop = asyncio.new_event_loop()
loop.call_later(0.2, print, "later 0.2")
loop.call_soon(print, "soon 1")
loop.call_soon(print, "soon 2")
loop.call_later(0.1, print, "later 0.1")
loop.call_later(0.3, loop.stop)
loop.run_forever()
print("done at", loop.time())
loop.close()
