# checks: log records stamped with datefmt while tasks sleep
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s.%(msecs)03d %(message)s", datefmt="%H:%M:%S")

async def step(i):
    await asyncio.sleep(i * 1.5)
    logging.info("step %d", i)

async def main():
    await asyncio.gather(*(step(i) for i in range(4)))

asyncio.run(main())
