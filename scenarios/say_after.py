# Concurrent tasks: 1 s + 2 s of waiting takes 2 s
# title.zh: 并发任务：等待 1 秒 + 2 秒只需 2 秒
# lesson: Two tasks sleep at the same time, so 1 s + 2 s of waiting takes 2 s, not 3 s.
# lesson.zh: 两个任务同时睡眠，所以 1 秒 + 2 秒的等待总共只需 2 秒，而不是 3 秒。
# compare: say_after_sequential
import asyncio
import time


async def say_after(delay, what):
    # caption: Each task sets its own timer: the 1 s and the 2 s sleeps run at the same time.
    # caption.zh: 每个任务各自设置定时器：1 秒和 2 秒的睡眠同时进行。
    await asyncio.sleep(delay)
    print(what)


async def main():
    print(f"started at {time.strftime('%X')}")
    # caption: create_task schedules say_after; it starts as soon as main yields to the loop.
    # caption.zh: create_task 安排 say_after 运行；main 一让出控制权，它就开始执行。
    task1 = asyncio.create_task(say_after(1, "hello"))
    task2 = asyncio.create_task(say_after(2, "world"))
    # caption: main keeps running until its first await: the two tasks have not started yet.
    # caption.zh: main 会一直运行到第一个 await：这时两个任务还没有开始。
    print("waiting")
    await task1
    await task2
    # caption: 2 s in total: while task1 slept, task2 was sleeping too.
    # caption.zh: 总共 2 秒：task1 睡眠的同时，task2 也在睡眠。
    print(f"finished at {time.strftime('%X')}")


asyncio.run(main())
# seed: 2
