# Concurrent HTTP with aiohttp
# title.zh: 用 aiohttp 并发请求
# lesson: Three requests run concurrently: the total time is the slowest request, not the sum (responses simulated).
# lesson.zh: 三个请求并发执行：总耗时约等于最慢的那个请求，而不是三者之和（响应为模拟数据）。
import asyncio
import aiohttp


async def fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()


async def main():
    urls = ["https://api.github.com", "https://www.python.org", "https://www.google.com"]
    # caption: One task per URL: all three requests are in flight before any of them answers.
    # caption.zh: 每个 URL 一个任务：三个请求在任何一个返回之前就都已发出。
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    results = await asyncio.gather(*tasks)
    for url, html in zip(urls, results):
        # caption: The simulated latencies are 0.284 s, 0.431 s and 0.625 s: all done at 0.625 s, not 1.34 s.
        # caption.zh: 模拟延迟分别为 0.284、0.431 和 0.625 秒：0.625 秒时全部完成，而不是 1.34 秒。
        print(f"{url}: {len(html)} bytes")


asyncio.run(main())
# seed: 4
