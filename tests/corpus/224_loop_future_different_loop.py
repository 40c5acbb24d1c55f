# checks: run_until_complete refuses a future of another loop
import asyncio

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
fut = a.create_future()
try:
    b.run_until_complete(fut)
except ValueError as e:
    print("ValueError:", e)
fut.cancel()
a.close()
b.close()
