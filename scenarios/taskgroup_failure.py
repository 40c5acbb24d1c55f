# TaskGroup: one child fails, the others are cancelled
# title.zh: TaskGroup：一个子任务失败，其余的被取消
# lesson: When a child of a TaskGroup fails, the group cancels its other children and raises an ExceptionGroup.
# lesson.zh: TaskGroup 中的一个子任务失败时，任务组会取消其他子任务，并抛出 ExceptionGroup。
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        # caption: b failed at 1 s, so the group cancelled a and c while they were still sleeping.
        # caption.zh: b 在 1 秒时失败，于是任务组取消了仍在睡眠的 a 和 c。
        print(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            # caption: Each create_task adds a child to the group; leaving the block waits for all of them.
            # caption.zh: 每次 create_task 都向任务组添加一个子任务；离开代码块时会等待它们全部结束。
            tg.create_task(job("a", 2))
            tg.create_task(job("b", 1, fail=True))
            tg.create_task(job("c", 3))
    except ExceptionGroup as eg:
        # caption: The group waited for the cancelled children, then raised an ExceptionGroup holding b's error.
        # caption.zh: 任务组等被取消的子任务结束后，抛出包含 b 的错误的 ExceptionGroup。
        print(f"caught: {eg.exceptions!r}")


asyncio.run(main())
# text.zh: "{name} cancelled" -> "{name} 被取消"
# text.zh: "{name} failed" -> "{name} 出错"
# text.zh: "{name} done" -> "{name} 完成"
# text.zh: "caught: {eg.exceptions!r}" -> "捕获: {eg.exceptions!r}"
