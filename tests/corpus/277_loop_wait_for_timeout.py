# checks: wait_for timing out inside run_until_complete
import asyncio

async def slow():
    try:
        await asyncio.sleep(3)
    finally:
        print("slow cleaned up at", asyncio.get_running_loop().time())

async def main():
    try:
        await asyncio.wait_for(slow(), 1)
    except asyncio.TimeoutError:
        print("timed out")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()
