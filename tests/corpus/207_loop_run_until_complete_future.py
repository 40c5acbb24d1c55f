# checks: run_until_complete on a Future resolved by a timer callback
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(1.5, fut.set_result, "resolved")
print(fut)
print(loop.run_until_complete(fut))
print(fut, fut.done())
loop.close()
