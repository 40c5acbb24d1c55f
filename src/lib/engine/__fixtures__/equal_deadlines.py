# Timers with exactly equal deadlines fire in creation order (fixed rule; call_at with one `when`).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.5
    for i in range(5):
        loop.call_at(when, print, 'timer', i)
    await asyncio.sleep(1)

asyncio.run(main())
