# Semaphore: at most {LIMIT} requests in flight
# title.zh: Semaphore：最多同时 {LIMIT} 个请求
# lesson: A Semaphore({LIMIT}) lets only {LIMIT} tasks into the block at once; the others wait for a free slot.
# lesson.zh: Semaphore({LIMIT}) 只允许 {LIMIT} 个任务同时进入代码块；其余任务等待空出的名额。
import asyncio

LIMIT = 3  # knob: 1..8 "requests in flight" zh "同时进行的请求数"
DELAYS = [1.2, 0.8, 1.0, 0.6, 0.9, 1.1, 0.7, 0.5]  # response time of each page (s)
in_flight = 0


async def crawl(sem, page, start):
    global in_flight
    loop = asyncio.get_running_loop()
    async with sem:
        in_flight += 1
        # caption: [default] Never more than {LIMIT} requests in flight: page 4 starts only when page 2 frees its slot at 0.8 s.
        # caption.zh: [default] 同时进行的请求从不超过 {LIMIT} 个：page 4 要等 page 2 在 0.8 秒时空出名额才开始。
        print(f"{loop.time() - start:.1f}s fetching page {page + 1} (in flight: {in_flight})")
        await asyncio.sleep(DELAYS[page])
        in_flight -= 1


async def main():
    sem = asyncio.Semaphore(LIMIT)
    start = asyncio.get_running_loop().time()
    await asyncio.gather(*(crawl(sem, page, start) for page in range(len(DELAYS))))
    print("all done")


asyncio.run(main())
# text.zh: "response time of each page (s)" -> "每个页面的响应时间（秒）"
# text.zh: "s fetching page {page + 1} (in flight: {in_flight})" -> "s 抓取 page {page + 1}（进行中: {in_flight}）"
# text.zh: "all done" -> "全部完成"
