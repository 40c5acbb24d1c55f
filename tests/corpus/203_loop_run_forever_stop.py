# checks: run_forever until a callback calls stop(); tasks scheduled before it run
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i, asyncio.get_running_loop().time())
        await asyncio.sleep(0.5)

loop = asyncio.new_event_loop()
task = loop.create_task(ticker(3))
loop.call_later(2, loop.stop)
loop.run_forever()
print(task.done(), loop.time())
loop.close()
