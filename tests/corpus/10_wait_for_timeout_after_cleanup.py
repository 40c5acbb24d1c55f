# checks: wait_for raises TimeoutError only after the inner coroutine finished its cleanup
import asyncio

async def slow():
    try:
        await asyncio.sleep(5)
    finally:
        print("cleanup start")
        await asyncio.sleep(0.5)
        print("cleanup end")

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except asyncio.TimeoutError:
        print("timeout seen")
    print("loop time", asyncio.get_running_loop().time())

asyncio.run(main())
