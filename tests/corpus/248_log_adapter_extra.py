# checks: LoggerAdapter and extra= fields
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(conn)s %(message)s")
log = logging.getLogger("net")
adapter = logging.LoggerAdapter(log, {"conn": "conn-1"})
adapter.info("opened")
log.info("direct", extra={"conn": "conn-2"})
adapter.warning("closing %s", "now")
