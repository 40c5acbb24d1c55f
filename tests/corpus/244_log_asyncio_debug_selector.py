# checks: basicConfig(level=DEBUG): asyncio's own "Using selector" record appears
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(name)s %(levelname)s %(funcName)s %(message)s")

async def main():
    logging.getLogger("app").debug("inside main")

asyncio.run(main())
