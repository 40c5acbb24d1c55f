# checks: two loops one after the other share the clock; task names keep counting
import asyncio

async def job(tag):
    t = asyncio.current_task()
    print(tag, t.get_name())
    await asyncio.sleep(1)
    return tag

a = asyncio.new_event_loop()
print(a.run_until_complete(job("first")))
a.close()
b = asyncio.new_event_loop()
print(b.run_until_complete(job("second")), b.time())
b.close()
