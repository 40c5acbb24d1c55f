# checks: named loggers, hierarchy, propagate, levels per logger
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format="%(name)s:%(levelname)s:%(message)s")
app = logging.getLogger("app")
db = logging.getLogger("app.db")
app.setLevel(logging.DEBUG)
db.debug("db debug shows (inherits app's level)")
app.info("app info")
logging.getLogger("other").info("other info hidden")
logging.getLogger("other").error("other error")
print(db.parent is app, db.getEffectiveLevel(), logging.getLogger().level, repr(db))
db.propagate = False
db.error("goes nowhere but lastResort? no: handlers none -> lastResort on stderr")
