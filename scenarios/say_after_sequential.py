# Sequential awaits: 1 s + 2 s of waiting takes 3 s
# title.zh: 依次 await：等待 1 秒 + 2 秒需要 3 秒
# lesson: Awaiting coroutines one after another runs them one after another: 1 s + 2 s takes 3 s.
# lesson.zh: 依次 await 协程就是一个接一个地执行：1 秒 + 2 秒共需 3 秒。
# compare: say_after
import asyncio
import time


async def say_after(delay, what):
    # caption: Awaiting a coroutine runs it inside main's own task: main waits here, nothing else is scheduled.
    # caption.zh: await 协程会在 main 自己的任务里运行它：main 在这里等待，没有安排别的任务。
    # step@task.suspend: main's own task sleeps; the loop has nothing else to run.
    # step.zh@task.suspend: main 自己的任务在睡眠；事件循环没有别的可以运行。
    # note: Point at the timer heap: one timer, and an empty ready deque.
    await asyncio.sleep(delay)
    # step: The timer fired and main woke up: say_after prints, still inside main's task.
    # step.zh: 定时器触发，main 醒来：say_after 打印，仍在 main 的任务中。
    print(what)


async def main():
    # step: main starts and prints the time.
    # step.zh: main 开始运行并打印时间。
    # note: Ask the room first: how long will this program take?
    print(f"started at {time.strftime('%X')}")
    await say_after(1, "hello")
    await say_after(2, "world")
    # caption: 3 s in total: the second sleep only started after the first had finished.
    # caption.zh: 总共 3 秒：第二次睡眠要等第一次结束后才开始。
    # step: 3 s in total.
    # step.zh: 总共 3 秒。
    # note: Next: say_after, where create_task lets both sleeps overlap.
    print(f"finished at {time.strftime('%X')}")


asyncio.run(main())
