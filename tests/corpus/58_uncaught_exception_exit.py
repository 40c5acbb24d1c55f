# checks: an uncaught exception ends the program with a traceback and exit code 1
import asyncio

async def inner():
    await asyncio.sleep(0.5)
    raise ZeroDivisionError("division by zero in task")

async def main():
    print("start")
    await inner()
    print("never")

asyncio.run(main())
