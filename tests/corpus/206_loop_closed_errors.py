# checks: a closed loop refuses to run and to schedule; close() twice is fine
import asyncio

loop = asyncio.new_event_loop()
loop.close()
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("run_forever:", e)
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("call_soon:", e)
print(loop.is_closed())
