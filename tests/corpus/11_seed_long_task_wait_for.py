# checks: the seed's long_task example: 任务被取消 is printed before 超时
import asyncio

async def long_task():
    try:
        await asyncio.sleep(10)
        return "完成"
    except asyncio.CancelledError:
        print("任务被取消")
        raise

async def main():
    task = asyncio.create_task(long_task())
    try:
        result = await asyncio.wait_for(task, timeout=3)
        print(result)
    except asyncio.TimeoutError:
        print("超时")
        task.cancel()

asyncio.run(main())
