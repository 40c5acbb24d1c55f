# checks: a task cancelled before its first step never runs its body (not even finally)
import asyncio

async def body():
    try:
        print("body started")
        await asyncio.sleep(1)
    finally:
        print("finally ran")

async def main():
    t = asyncio.create_task(body())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())

asyncio.run(main())
