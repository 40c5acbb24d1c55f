# checks: the seed's aiohttp example runs unchanged (simulated aiohttp, deterministic latency and size)
import asyncio
import aiohttp

async def fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            return await response.text()

async def main():
    urls = ["https://api.github.com", "https://www.python.org", "https://www.google.com"]
    tasks = [asyncio.create_task(fetch(url)) for url in urls]
    results = await asyncio.gather(*tasks)
    for url, html in zip(urls, results):
        print(f"{url}: {len(html)} bytes")
    print("total", asyncio.get_running_loop().time())

asyncio.run(main())
