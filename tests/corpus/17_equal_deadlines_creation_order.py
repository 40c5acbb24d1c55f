# checks: timers with exactly equal deadlines fire in creation order
import asyncio

async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name)

async def main():
    tasks = [asyncio.create_task(sleeper(f"s{i}", 1)) for i in range(5)]
    tasks.append(asyncio.create_task(sleeper("half-a", 0.5)))
    tasks.append(asyncio.create_task(sleeper("half-b", 0.5)))
    await asyncio.gather(*tasks)

asyncio.run(main())
