# checks: getLevelName, addLevelName, isEnabledFor, disable
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelno)s %(levelname)s %(message)s")
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("ERROR"))
logging.addLevelName(25, "NOTICE")
logging.log(25, "notice level")
log = logging.getLogger("x")
print(log.isEnabledFor(logging.DEBUG))
logging.disable(logging.INFO)
log.info("disabled")
log.warning("still on")
logging.disable(logging.NOTSET)
log.info("back on")
