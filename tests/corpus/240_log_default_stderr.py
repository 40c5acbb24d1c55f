# checks: logging.warning without configuration: basicConfig to stderr, INFO hidden
import logging

logging.info("hidden")
logging.warning("careful: %s", "x")
logging.error("an error")
print("stdout still works")
