# Eager tasks start inside create_task
# title.zh: 急切任务在 create_task 中就开始运行
# lesson: With eager_task_factory a new task runs its first step immediately, before create_task returns.
# lesson.zh: 使用 eager_task_factory 时，新任务在 create_task 返回之前就立即执行第一步。
# requires: 3.12
import asyncio

EAGER = True  # knob: bool "eager task factory" zh "急切任务工厂"


async def child(name):
    # caption: An eager task prints this before create_task returns; a lazy one waits until main yields.
    # caption.zh: 急切任务在 create_task 返回之前就打印这一行；普通任务要等 main 让出控制权。
    print(f"{name} starts")
    await asyncio.sleep(0.5)
    print(f"{name} ends")


async def main():
    if EAGER:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    task = asyncio.create_task(child("child task"))
    print("create_task has returned")
    await task


asyncio.run(main())
# text.zh: "{name} starts" -> "{name} 开始"
# text.zh: "{name} ends" -> "{name} 结束"
# text.zh: "child task" -> "子任务"
# text.zh: "create_task has returned" -> "create_task 已返回"
