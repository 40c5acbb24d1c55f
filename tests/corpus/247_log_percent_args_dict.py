# checks: message formatting: %-args, a dict argument, non-string messages
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(message)s")
logging.info("%s + %s = %d", 1, 2, 3)
logging.info("%(a)s and %(b)s", {"a": "x", "b": "y"})
logging.info(["a", "list"])
logging.info(42)
logging.getLogger("a.b.c").info("deep logger %r", (1, 2))
