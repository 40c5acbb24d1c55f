# checks: random with a seed gives CPython's Mersenne Twister numbers (randint, random, uniform, choice, shuffle)
import asyncio
import random

async def main():
    random.seed(42)
    print([random.randint(1, 100) for _ in range(5)])
    print(random.random())
    print(random.uniform(0.5, 1.5))
    print(random.choice(["a", "b", "c", "d"]))
    xs = list(range(8))
    random.shuffle(xs)
    print(xs)
    delays = [random.randint(1, 5) / 10 for _ in range(3)]
    async def s(i, d):
        await asyncio.sleep(d)
        print("sleeper", i, d)
    await asyncio.gather(*(s(i, d) for i, d in enumerate(delays)))

asyncio.run(main())
