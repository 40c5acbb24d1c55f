# checks: two asyncio.run calls in one program: the clock goes on and Task numbers continue (shutdown tasks count)
import asyncio

async def job(tag):
    await asyncio.sleep(0.5)
    print(tag, asyncio.current_task().get_name(), asyncio.get_running_loop().time())

asyncio.run(job("first"))
asyncio.run(job("second"))
