# to_thread: the function runs on a worker thread; the result arrives through the loop.
import asyncio
import threading
import time

def blocking(x):
    print('thread', threading.current_thread().name, 'start', x)
    time.sleep(0.5)
    print('thread end', x)
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    t = asyncio.create_task(asyncio.to_thread(blocking, 1))
    await asyncio.sleep(0.25)
    print('main at', round(loop.time() - t0, 2))
    print('result', await t, round(loop.time() - t0, 1))

asyncio.run(main())
