# checks: logging.basicConfig to stdout with asctime on the virtual clock
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

async def fetch(i):
    logging.info("fetch %d start", i)
    await asyncio.sleep(0.25 * i)
    logging.info("fetch %d done", i)

async def main():
    await asyncio.gather(*(fetch(i) for i in range(1, 4)))
    logging.debug("not shown")
    logging.warning("all done")

asyncio.run(main())
