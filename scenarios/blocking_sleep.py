# The blocking pitfall: time.sleep freezes the loop
# title.zh: 阻塞陷阱：time.sleep 会冻结事件循环
# lesson: time.sleep inside a coroutine blocks the whole loop: no other task runs; debug mode reports the slow step.
# lesson.zh: 在协程里调用 time.sleep 会阻塞整个事件循环，其他任务都无法运行；调试模式会报告这个过慢的步骤。
import asyncio
import time

BLOCKING = True  # knob: bool "use time.sleep (blocking)" zh "使用 time.sleep（阻塞）"


async def ticker():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(4):
        # caption: The ticker wants to print every 0.25 s, but it can only run when the loop is free.
        # caption.zh: ticker 想每 0.25 秒打印一次，但只有事件循环空闲时它才能运行。
        print(f"tick {i}  t={loop.time() - start:.2f}")
        await asyncio.sleep(0.25)


async def worker():
    if BLOCKING:
        # caption: time.sleep does not yield: the whole loop stops for 1 s and the ticker's timer is late.
        # caption.zh: time.sleep 不会让出控制权：整个事件循环停住 1 秒，ticker 的定时器被耽误了。
        time.sleep(1)
    else:
        # caption: asyncio.sleep suspends only this task: the ticker keeps ticking.
        # caption.zh: asyncio.sleep 只挂起当前任务：ticker 照常运行。
        await asyncio.sleep(1)
    print("worker done")


async def main():
    await asyncio.gather(ticker(), worker())


# caption: debug=True makes the loop log every step that takes longer than 0.1 s ("Executing ... took 1.000 seconds").
# caption.zh: debug=True 让事件循环记录每个超过 0.1 秒的步骤（"Executing ... took 1.000 seconds"）。
asyncio.run(main(), debug=True)
# text.zh: "worker done" -> "worker 完成"
