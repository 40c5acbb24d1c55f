# checks: getChild, parent chain and effective levels
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)s %(message)s")
base = logging.getLogger("svc")
child = base.getChild("db")
grand = child.getChild("pool")
print(grand.name, grand.parent is child, child.parent is base, base.parent is logging.getLogger())
base.setLevel(logging.ERROR)
grand.info("hidden by svc's level")
grand.error("shown")
grand.setLevel(logging.INFO)
grand.info("shown after its own level")
