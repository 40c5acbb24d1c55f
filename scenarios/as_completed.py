# as_completed: results in completion order
# title.zh: as_completed：按完成顺序取结果
# lesson: as_completed hands you each result as soon as it is ready, fastest first.
# lesson.zh: as_completed 在每个结果就绪时立刻交给你，最快的排在最前。
import asyncio


async def fetch_data(url, delay):
    await asyncio.sleep(delay)
    return f"data from {url}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    coros = [fetch_data("url1", 3), fetch_data("url2", 1), fetch_data("url3", 2)]
    # caption: as_completed starts all three at once and yields awaitables in the order they finish.
    # caption.zh: as_completed 同时启动三个请求，并按完成的先后顺序产出可等待对象。
    for next_done in asyncio.as_completed(coros):
        # caption: Each await returns the next result to finish: url2 at 1 s, url3 at 2 s, url1 at 3 s.
        # caption.zh: 每次 await 得到下一个完成的结果：url2 在 1 秒，url3 在 2 秒，url1 在 3 秒。
        result = await next_done
        print(f"{loop.time() - start:.0f} s: {result}")


asyncio.run(main())
# seed: 3
# text.zh: "data from {url}" -> "数据 from {url}"
