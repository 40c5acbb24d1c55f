# checks: call_at with absolute loop times
import asyncio

loop = asyncio.new_event_loop()
t0 = loop.time()
for d in (3, 1, 2):
    loop.call_at(t0 + d, lambda d=d: print("at", d, loop.time()))
loop.call_at(t0 + 3.5, loop.stop)
loop.run_forever()
loop.close()
