# checks: Condition.wait_for(predicate) re-checks the predicate on each notify
import asyncio

state = {"n": 0}

async def consumer(cond):
    async with cond:
        await cond.wait_for(lambda: state["n"] >= 3)
        print("predicate true at n =", state["n"])

async def producer(cond):
    for _ in range(4):
        await asyncio.sleep(0.5)
        async with cond:
            state["n"] += 1
            print("n ->", state["n"])
            cond.notify_all()

async def main():
    cond = asyncio.Condition()
    await asyncio.gather(consumer(cond), producer(cond))

asyncio.run(main())
