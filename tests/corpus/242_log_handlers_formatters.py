# checks: explicit StreamHandler objects, formatters with datefmt and {-style
import asyncio
import logging
import sys

log = logging.getLogger("svc")
log.setLevel(logging.DEBUG)
h1 = logging.StreamHandler(sys.stdout)
h1.setFormatter(logging.Formatter("{asctime} {levelname:>8} {message}", datefmt="%H:%M:%S", style="{"))
h2 = logging.StreamHandler(sys.stdout)
h2.setLevel(logging.ERROR)
h2.setFormatter(logging.Formatter("ALERT %(message)s"))
log.addHandler(h1)
log.addHandler(h2)

async def main():
    log.debug("debug")
    await asyncio.sleep(61)
    log.error("error after a minute")
    log.removeHandler(h2)
    log.critical("critical, one handler")

asyncio.run(main())
