import asyncio
import json
async def produce(q):
    for i in range(3):
        await q.put(json.dumps({"id": i, "tags": ["x"] * i, "ok": i % 2 == 0}))
    await q.put(None)
async def consume(q):
    out = []
    while (msg := await q.get()) is not None:
        obj = json.loads(msg)
        print("got", msg, "->", obj)
        out.append(obj["id"])
    return out
async def main():
    q = asyncio.Queue(maxsize=1)
    _, ids = await asyncio.gather(produce(q), consume(q))
    print(json.dumps({"ids": ids}, indent=2))
asyncio.run(main())
