# sleep(0): cooperative yielding
# title.zh: sleep(0)：主动让出控制权
# lesson: await asyncio.sleep(0) yields to the loop once, so other ready tasks get a turn: tasks switch only at awaits.
# lesson.zh: await asyncio.sleep(0) 让出一次控制权，使其他就绪任务得以运行：任务只会在 await 处轮换。
import asyncio

YIELD = True  # knob: bool "yield with sleep(0)" zh "用 sleep(0) 让出"


async def count(name):
    for i in range(3):
        # caption: With sleep(0) the two tasks alternate; without it each runs all its steps at once.
        # caption.zh: 有 sleep(0) 时两个任务交替运行；没有时每个任务一口气执行完所有步骤。
        print(f"{name} {i}")
        if YIELD:
            await asyncio.sleep(0)


async def main():
    await asyncio.gather(count("A"), count("B"))


asyncio.run(main())
