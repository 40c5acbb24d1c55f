# gather: results in argument order
# title.zh: gather：结果按参数顺序返回
# lesson: gather runs three fetches at once; results come back in argument order, not completion order.
# lesson.zh: gather 同时运行三个请求；结果按参数顺序返回，而不是按完成顺序。
import asyncio


async def fetch_data(url, delay):
    print(f"fetching {url}")
    await asyncio.sleep(delay)
    print(f"fetched {url}")
    return f"data from {url}"


async def main():
    # caption: gather wraps each coroutine in a task; all three start in the same loop iteration.
    # caption.zh: gather 把每个协程包装成任务；三个任务在同一轮事件循环中开始。
    results = await asyncio.gather(
        fetch_data("url1", 3),
        fetch_data("url2", 1),
        fetch_data("url3", 2),
    )
    # caption: url2 finished first, yet the list follows the argument order: url1, url2, url3. Total: 3 s, not 6 s.
    # caption.zh: url2 最先完成，但列表仍按参数顺序排列：url1、url2、url3。总耗时 3 秒而不是 6 秒。
    print(results)


asyncio.run(main())
# seed: 3
# text.zh: "fetching {url}" -> "开始获取 {url}"
# text.zh: "fetched {url}" -> "获取完成 {url}"
# text.zh: "data from {url}" -> "数据 from {url}"
