# checks: the seed's fetch_data example (one coroutine awaited directly)
import asyncio

async def fetch_data(url):
    print(f"开始获取 {url}")
    await asyncio.sleep(2)
    print(f"获取完成 {url}")
    return f"数据 from {url}"

async def main():
    data = await fetch_data("https://example.com")
    print(data)

asyncio.run(main())
