# wait_for in Python 3.11 vs 3.12+
# title.zh: Python 3.11 与 3.12+ 中的 wait_for
# lesson: Python 3.11's wait_for wraps a coroutine in an extra task; from 3.12 it runs the coroutine in the caller's task.
# lesson.zh: Python 3.11 的 wait_for 会把协程包装进一个额外的任务；从 3.12 起，协程直接在调用者的任务中运行。
import asyncio


async def job():
    name = asyncio.current_task().get_name()
    # caption: 3.11 prints Task-2 and 2 tasks (wait_for made a new task); 3.12+ prints Task-1 and 1 task.
    # caption.zh: 3.11 打印 Task-2 和 2 个任务（wait_for 新建了任务）；3.12+ 打印 Task-1 和 1 个任务。
    print(f"job runs in {name}; {len(asyncio.all_tasks())} tasks in all")
    await asyncio.sleep(1)
    return "done"


async def main():
    print(f"main runs in {asyncio.current_task().get_name()}")
    # caption: Since 3.12, wait_for is built on asyncio.timeout() and awaits the coroutine directly.
    # caption.zh: 从 3.12 起，wait_for 基于 asyncio.timeout() 实现，直接 await 这个协程。
    result = await asyncio.wait_for(job(), timeout=2)
    print(result)


asyncio.run(main())
# text.zh: "job runs in {name}; {len(asyncio.all_tasks())} tasks in all" -> "job 运行在 {name}，共有 {len(asyncio.all_tasks())} 个任务"
# text.zh: "main runs in " -> "main 运行在 "
# text.zh: "done" -> "完成"
