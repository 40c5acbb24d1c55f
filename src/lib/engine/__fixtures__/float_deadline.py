# Deadlines are loop.time() + delay in float64: nine sleep(0.3) end at 2.6999999999999997 on a clock from 0.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = 0.0
    for _ in range(9):
        h = loop.call_later(0.3, lambda: None)
        t = t + 0.3
        await asyncio.sleep(0.3)
    print(repr(t))

asyncio.run(main())
