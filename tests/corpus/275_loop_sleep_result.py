# checks: run_until_complete(asyncio.sleep(d, result)) returns the result on the virtual clock
import asyncio

loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(2, result="woke")), loop.time())
print(loop.run_until_complete(asyncio.sleep(0.5)), loop.time())
loop.close()
