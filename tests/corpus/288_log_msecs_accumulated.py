# checks: %(msecs)d on an accumulated float clock (the millisecond rule of each version)
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(msecs)d %(created).6f")

async def main():
    for _ in range(6):
        await asyncio.sleep(0.1)
        logging.info("tick")

asyncio.run(main())
