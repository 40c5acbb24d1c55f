# checks: an exception in a plain callback is logged and the loop goes on
import asyncio

def bad():
    raise ZeroDivisionError("in callback")

loop = asyncio.new_event_loop()
loop.call_soon(bad)
loop.call_soon(print, "next callback runs")
loop.call_later(0.1, loop.stop)
loop.run_forever()
print("loop still usable:", loop.run_until_complete(asyncio.sleep(0.1, "yes")))
loop.close()
