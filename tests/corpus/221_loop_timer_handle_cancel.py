# checks: call_later handles: cancel one before the loop runs
import asyncio

loop = asyncio.new_event_loop()
h1 = loop.call_later(1, print, "one")
h2 = loop.call_later(2, print, "two")
h3 = loop.call_at(loop.time() + 3, loop.stop)
h2.cancel()
print(h1.when(), h2.cancelled(), h3.when())
loop.run_forever()
print("now", loop.time())
loop.close()
