# to_thread: run a blocking function in a worker thread
# title.zh: to_thread：在工作线程中运行阻塞函数
# lesson: asyncio.to_thread moves a blocking call to a worker thread, so the loop keeps serving other tasks.
# lesson.zh: asyncio.to_thread 把阻塞调用交给工作线程执行，事件循环可以继续服务其他任务。
import asyncio
import time


def blocking_read(path):
    time.sleep(1)
    return f"contents of {path}"


async def ticker():
    for i in range(3):
        # caption: The ticker keeps running while the thread works: the loop is not blocked.
        # caption.zh: 线程工作期间 ticker 照常运行：事件循环没有被阻塞。
        print(f"tick {i}")
        await asyncio.sleep(0.4)


async def main():
    # caption: to_thread runs blocking_read (1 s of time.sleep) in a worker thread; awaiting it does not block the loop.
    # caption.zh: to_thread 在工作线程中运行 blocking_read（time.sleep 1 秒）；await 它不会阻塞事件循环。
    data, _ = await asyncio.gather(asyncio.to_thread(blocking_read, "config.txt"), ticker())
    print(data)


asyncio.run(main())
# text.zh: "contents of {path}" -> "{path} 的内容"
