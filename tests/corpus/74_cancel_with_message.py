# checks: task.cancel(msg) delivers the message in the CancelledError
import asyncio

async def job():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError as e:
        print("job got", repr(e.args))
        raise

async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.5)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e.args), t.cancelled())

asyncio.run(main())
