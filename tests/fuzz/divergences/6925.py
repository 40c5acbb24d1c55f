# aioscope fuzz divergence: seed 6925, python 3.14 (minimized)
# reproduce: npm run fuzz -- --seed 6925 --count 1 --python 3.14
# first difference at compared event #12 (of 13 oracle / 14 simulator):
#   oracle:    [seq 13] exit 0
#   simulator: [seq 31] print t=0 task=null "2026-01-01 00:00:00,000 ERROR asyncio: Task exception was never retrieved\nfuture: <Task finished name='c0' coro=<consumer() done, defined at fuzz_6925.py:10> exception=NameError(\"name 'got' is not defined\")>\nTraceback (most recent call last):\n  File \"fuzz_6925.py\", line 11, in consumer\n    return got\nNameError: name 'got' is not defined\n"
# context:
#    #8 task.done Task-2 result "None"
#    #9 task.create Task-3 parent=null coro=BaseEventLoop.shutdown_default_executor
#    #10 task.resume Task-3
#    #11 task.done Task-3 result "None"
# >> #12 oracle:    exit 0
# >> #12 simulator: print t=0 task=null "2026-01-01 00:00:00,000 ERROR asyncio: Task exception was never retrieved\nfuture: <Task finished name='c0' coro=<consumer() done, defined at fuzz_6925.py:10> exception=NameError(\"name 'got' is not defined\")>\nTraceback (most recent call last):\n  File \"fuzz_6925.py\", line 11, in consumer\n    return got\nNameError: name 'got' is not defined\n"
# != #13 oracle:    (end of trace)
# != #13 simulator: exit 0
# stdout line 1:
#   oracle:    ""
#   simulator: "2026-01-01 00:00:00,000 ERROR asyncio: Task exception was never retrieved"
# fuzz program, seed 6925
import asyncio
from datetime import datetime
import logging
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

async def consumer(name, n, d):
    return got

async def main():
    tasks = []
    tasks.append(asyncio.create_task(consumer("c0", 6, 0.5), name="c0"))

asyncio.run(main())
