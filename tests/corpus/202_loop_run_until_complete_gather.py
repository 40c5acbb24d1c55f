# checks: run_until_complete of a gather built at module level (3.11 implicit loop; 3.14 after set_event_loop)
import asyncio

async def work(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done")
    return name

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
results = loop.run_until_complete(asyncio.gather(work("a", 2), work("b", 1), work("c", 1.5)))
print(results)
loop.close()
