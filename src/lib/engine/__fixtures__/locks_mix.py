# Lock FIFO hand-off, Semaphore limits, Condition notify.
import asyncio

async def locker(lock, name):
    async with lock:
        print(name, 'has lock')
        await asyncio.sleep(0.1)
    print(name, 'released')

async def sem_user(sem, name):
    async with sem:
        print(name, 'in')
        await asyncio.sleep(0.1)
        print(name, 'out')

async def cond_waiter(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, 'sees', box[0])

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(locker(lock, 'l1'), locker(lock, 'l2'), locker(lock, 'l3'))
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(sem_user(sem, f's{i}') for i in range(4)))
    cond = asyncio.Condition()
    box = []
    ws = [asyncio.create_task(cond_waiter(cond, f'c{i}', box)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        box.append('x')
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)

asyncio.run(main())
