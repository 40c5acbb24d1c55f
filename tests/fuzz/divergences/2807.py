# aioscope fuzz divergence: seed 2807, python 3.14 (minimized)
# reproduce: npm run fuzz -- --seed 2807 --count 1 --python 3.14
# first difference at compared event #12 (of 13 oracle / 14 simulator):
#   oracle:    [seq 13] exit 0
#   simulator: [seq 31] print t=0 task=null "2026-01-01 00:00:00,000 ERROR asyncio: Task exception was never retrieved\nfuture: <Task finished name='Task-2' coro=<w1() done, defined at fuzz_2807.py:9> exception=NameError(\"name 'leaf' is not defined\")>\nTraceback (most recent call last):\n  File \"fuzz_2807.py\", line 10, in w1\n    g = asyncio.gather(leaf(\"w1.0.g0\", 0, False), leaf(\"w1.0.g1\", 0, False), leaf(\"w1.0.g2\", 0.5, False), return_exceptions=True)\nNameError: name 'leaf' is not defined\n"
# context:
#    #8 task.done Task-3 result "None"
#    #9 task.create Task-4 parent=null coro=BaseEventLoop.shutdown_default_executor
#    #10 task.resume Task-4
#    #11 task.done Task-4 result "None"
# >> #12 oracle:    exit 0
# >> #12 simulator: print t=0 task=null "2026-01-01 00:00:00,000 ERROR asyncio: Task exception was never retrieved\nfuture: <Task finished name='Task-2' coro=<w1() done, defined at fuzz_2807.py:9> exception=NameError(\"name 'leaf' is not defined\")>\nTraceback (most recent call last):\n  File \"fuzz_2807.py\", line 10, in w1\n    g = asyncio.gather(leaf(\"w1.0.g0\", 0, False), leaf(\"w1.0.g1\", 0, False), leaf(\"w1.0.g2\", 0.5, False), return_exceptions=True)\nNameError: name 'leaf' is not defined\n"
# != #13 oracle:    (end of trace)
# != #13 simulator: exit 0
# stdout line 1:
#   oracle:    ""
#   simulator: "2026-01-01 00:00:00,000 ERROR asyncio: Task exception was never retrieved"
# fuzz program, seed 2807
import asyncio
import logging
import sys
import time

logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

async def w1():
    g = asyncio.gather(leaf("w1.0.g0", 0, False), leaf("w1.0.g1", 0, False), leaf("w1.0.g2", 0.5, False), return_exceptions=True)

async def main():
    tasks = []
    tasks.append(asyncio.create_task(w1()))

asyncio.run(main())
