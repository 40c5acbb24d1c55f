# CPU-bound work starves other tasks
# title.zh: CPU 密集型任务会饿死其他任务
# lesson: A long computation with no await keeps the loop busy, so other tasks wait until it ends.
# lesson.zh: 没有 await 的长计算会一直占用事件循环，其他任务只能等它结束。
import asyncio

CHUNK = 0  # knob: 0 | 2000 | 5000 "yield every N steps (0: never)" zh "每 N 步让出一次（0：从不）"


async def heartbeat():
    for i in range(4):
        # caption: The heartbeat should beat between the chunks of work; without yielding it waits for the end.
        # caption.zh: 心跳本应在计算的间隙跳动；如果计算从不让出，它只能等到计算结束。
        print(f"heartbeat {i}")
        await asyncio.sleep(0)


async def crunch(n):
    print("computation starts")
    total = 0
    for i in range(n):
        total += i % 7
        if CHUNK and i % CHUNK == CHUNK - 1:
            await asyncio.sleep(0)
    # caption: Our virtual clock does not advance for pure computation: the starvation shows in the ORDER of the lines.
    # caption.zh: 虚拟时钟不会因纯计算而前进：饥饿体现在输出的顺序上。
    print(f"computation done, total = {total}")


async def main():
    await asyncio.gather(heartbeat(), crunch(20000))


asyncio.run(main())
# text.zh: "heartbeat {i}" -> "心跳 {i}"
# text.zh: "computation starts" -> "计算开始"
# text.zh: "computation done, total = {total}" -> "计算结束，total = {total}"
