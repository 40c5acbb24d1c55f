# checks: add_done_callback on a future of a user loop
import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.add_done_callback(lambda f: print("callback sees", f.result()))
loop.call_later(1, fut.set_result, "value")
print(loop.run_until_complete(fut))
loop.close()
