# checks: the seed's gather of three fetch_data calls (results in argument order) and as_completed
import asyncio

async def fetch_data(url, delay):
    print(f"开始获取 {url}")
    await asyncio.sleep(delay)
    print(f"获取完成 {url}")
    return f"数据 from {url}"

async def main():
    results = await asyncio.gather(fetch_data("url1", 3), fetch_data("url2", 1), fetch_data("url3", 2))
    print(results)
    for coro in asyncio.as_completed([fetch_data("a", 2), fetch_data("b", 1)]):
        print(await coro)

asyncio.run(main())
