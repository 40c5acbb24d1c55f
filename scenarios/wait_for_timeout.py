# Timeout with wait_for: cancellation comes first
# title.zh: wait_for 超时：先取消，后超时
# lesson: wait_for cancels the slow task and waits for its cleanup, so "task cancelled" prints before "timeout".
# lesson.zh: wait_for 会取消慢任务并等待它清理完毕，所以“任务被取消”先于“超时”打印。
import asyncio


async def long_task():
    try:
        await asyncio.sleep(10)
        return "done"
    except asyncio.CancelledError:
        # caption: At 3 s wait_for cancels the task: CancelledError is raised inside it, at its await.
        # caption.zh: 到 3 秒时 wait_for 取消任务：CancelledError 在任务内部的 await 处抛出。
        print("task cancelled")
        raise


async def main():
    task = asyncio.create_task(long_task())
    try:
        # caption: On timeout wait_for does not return at once: it cancels the task and waits until it is done.
        # caption.zh: 超时后 wait_for 并不立即返回：它先取消任务，并等到任务真正结束。
        result = await asyncio.wait_for(task, timeout=3)
        print(result)
    except asyncio.TimeoutError:
        # caption: Only now does TimeoutError reach main: the cleanup has already printed (tutorials that show "timeout" first have it backwards).
        # caption.zh: 直到这时 TimeoutError 才传到 main：清理代码早已打印完毕（先打印“超时”的教程把顺序弄反了）。
        print("timeout")
        task.cancel()  # the task has already finished: this does nothing


asyncio.run(main())
# seed: 6
# text.zh: "the task has already finished: this does nothing" -> "任务已经结束，这里什么也不做"
# text.zh: "task cancelled" -> "任务被取消"
# text.zh: "done" -> "完成"
# text.zh: "timeout" -> "超时"
