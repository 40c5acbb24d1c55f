# checks: logger.exception prints the traceback of the exception being handled
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")

async def risky():
    await asyncio.sleep(0.1)
    return {}["missing"]

async def main():
    try:
        await risky()
    except KeyError:
        logging.exception("risky failed")
    print("continuing")

asyncio.run(main())
