# checks: INFO to stdout, ERROR and up to stderr, with separate handlers
import logging
import sys

log = logging.getLogger("split")
log.setLevel(logging.INFO)
out = logging.StreamHandler(sys.stdout)
out.addFilter(lambda r: r.levelno < logging.ERROR)
err = logging.StreamHandler(sys.stderr)
err.setLevel(logging.ERROR)
for h in (out, err):
    h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log.addHandler(h)
log.info("to stdout")
log.warning("also stdout")
log.error("to stderr")
print("done")
