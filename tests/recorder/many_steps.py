# Many loop iterations (argv[1] of them): the recorder's memory must not grow with the trace.
import asyncio
import sys


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)


asyncio.run(spin(int(sys.argv[1])))
