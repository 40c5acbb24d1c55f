# checks: a logging Filter adding the current task name to each record
import asyncio
import logging
import sys

class TaskFilter(logging.Filter):
    def filter(self, record):
        t = asyncio.current_task() if asyncio.get_event_loop().is_running() else None
        record.task = t.get_name() if t else "-"
        return True

h = logging.StreamHandler(sys.stdout)
h.addFilter(TaskFilter())
h.setFormatter(logging.Formatter("%(task)s %(message)s"))
log = logging.getLogger("t")
log.addHandler(h)
log.setLevel(logging.INFO)

async def worker(i):
    log.info("worker %d", i)
    await asyncio.sleep(i / 10)
    log.info("worker %d done", i)

async def main():
    await asyncio.gather(worker(1), worker(2), return_exceptions=True)

asyncio.run(main())
