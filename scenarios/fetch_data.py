# Awaiting a coroutine
# title.zh: await 一个协程
# lesson: At await the coroutine pauses; with nothing else to run, the loop just waits for the timer.
# lesson.zh: 协程在 await 处暂停；没有别的任务可运行时，事件循环只是等待定时器到期。
import asyncio


async def fetch_data(url):
    # caption: main awaited fetch_data directly, so it runs inside main's own task: no new task.
    # caption.zh: main 直接 await 了 fetch_data，所以它在 main 自己的任务里运行，没有新建任务。
    print(f"fetching {url}")
    # caption: asyncio.sleep stands in for network I/O: the task suspends and the loop waits 2 s for the timer.
    # caption.zh: asyncio.sleep 模拟网络 I/O：任务挂起，事件循环等待 2 秒后定时器到期。
    await asyncio.sleep(2)  # simulated I/O delay
    print(f"fetched {url}")
    return f"data from {url}"


async def main():
    data = await fetch_data("https://example.com")
    # caption: The return value of fetch_data is the value of the await expression.
    # caption.zh: fetch_data 的返回值就是 await 表达式的值。
    print(data)


asyncio.run(main())
# seed: 1
# text.zh: "fetching {url}" -> "开始获取 {url}"
# text.zh: "fetched {url}" -> "获取完成 {url}"
# text.zh: "data from {url}" -> "数据 from {url}"
# text.zh: "simulated I/O delay" -> "模拟 I/O 延迟"
