# checks: BoundedSemaphore raises ValueError when released too many times
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
