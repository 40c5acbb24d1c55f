# gather over an already-finished task: 3.11 schedules _done_callback with call_soon (two more iterations); 3.12+ calls it at once.
import asyncio
async def ticker():
    for i in range(4):
        print('tick', i); await asyncio.sleep(0)
async def f(): return 1
async def main():
    t = asyncio.create_task(f())
    await asyncio.sleep(0)
    tk = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    print('before gather', t.done())
    print(await asyncio.gather(t))
    print('after gather')
    await tk
asyncio.run(main())
