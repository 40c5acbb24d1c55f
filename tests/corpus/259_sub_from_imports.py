# checks: from asyncio.X import Y forms used by libraries
import asyncio
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio.locks import Event
from asyncio.queues import Queue, QueueEmpty
from asyncio.tasks import create_task, sleep

async def main():
    ev = Event()
    q = Queue()
    t = create_task(sleep(1))
    try:
        q.get_nowait()
    except QueueEmpty:
        print("QueueEmpty")
    t.cancel()
    try:
        await t
    except CancelledError:
        print("cancelled")
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except InvalidStateError as e:
        print("InvalidStateError:", e)
    ev.set()
    await ev.wait()

asyncio.run(main())
