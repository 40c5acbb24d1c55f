# checks: logger.exception inside a task, with a chained cause
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("tasks")

async def parse(s):
    await asyncio.sleep(0)
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e

async def main():
    for s in ("1", "x"):
        try:
            print(await parse(s))
        except RuntimeError:
            log.exception("parse failed")

asyncio.run(main())
