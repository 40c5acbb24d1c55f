# checks: format fields: funcName, lineno, threadName, process, module, filename
import asyncio
import logging
import sys

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="[%(levelname)-7s] %(module)s.%(funcName)s:%(lineno)d %(threadName)s pid=%(process)d | %(message)s",
)
log = logging.getLogger(__name__)

def blocking():
    log.info("inside the worker thread")
    return 3

async def main():
    log.debug("main starts")
    r = await asyncio.to_thread(blocking)
    log.info("worker returned %s", r)

asyncio.run(main())
