# checks: an async generator held by an object in a global is closed at shutdown
import asyncio

class Feed:
    def __init__(self):
        self.gen = self.items()

    async def items(self):
        try:
            n = 0
            while True:
                yield n
                n += 1
                await asyncio.sleep(0.2)
        finally:
            print("feed closed")

feed = Feed()

async def main():
    async for n in feed.gen:
        print("item", n)
        if n == 1:
            break
    print("main done")

asyncio.run(main())
