# Timeout with wait_for: cancellation comes first
# title.zh: wait_for 超时：先取消，后超时
# lesson: wait_for cancels the slow task and waits for its cleanup, so "任务被取消" prints before "超时".
# lesson.zh: wait_for 会取消慢任务并等待它清理完毕，所以“任务被取消”先于“超时”打印。
import asyncio


async def long_task():
    try:
        await asyncio.sleep(10)
        return "完成"
    except asyncio.CancelledError:
        # caption: At 3 s wait_for cancels the task: CancelledError is raised inside it, at its await.
        # caption.zh: 到 3 秒时 wait_for 取消任务：CancelledError 在任务内部的 await 处抛出。
        print("任务被取消")
        raise


async def main():
    task = asyncio.create_task(long_task())
    try:
        # caption: On timeout wait_for does not return at once: it cancels the task and waits until it is done.
        # caption.zh: 超时后 wait_for 并不立即返回：它先取消任务，并等到任务真正结束。
        result = await asyncio.wait_for(task, timeout=3)
        print(result)
    except asyncio.TimeoutError:
        # caption: Only now does TimeoutError reach main: the cleanup has already printed (the seed article gets this wrong).
        # caption.zh: 直到这时 TimeoutError 才传到 main：清理代码早已打印完毕（原文的输出顺序是错的）。
        print("超时")
        task.cancel()  # 任务已经结束，这里什么也不做


asyncio.run(main())
