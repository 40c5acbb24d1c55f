# checks: call_soon with arguments and lambdas, FIFO within an iteration
import asyncio

loop = asyncio.new_event_loop()
log = []
loop.call_soon(log.append, "a")
loop.call_soon(lambda: log.append("b"))
loop.call_soon(lambda x, y: log.append(x + y), "c", "d")
loop.call_soon(lambda: loop.call_soon(log.append, "next iteration"))
loop.call_later(0, log.append, "later 0")
loop.call_later(0.01, loop.stop)
loop.run_forever()
print(log)
loop.close()
