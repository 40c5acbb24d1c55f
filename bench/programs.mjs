// Benchmark programs, generated so their size is a parameter. Each is valid CPython and deterministic.

/** n tasks, each sleeping a delay from a small set (many equal deadlines), gathered by main. */
export function manyTasks(n) {
  return `import asyncio


async def worker(i):
    await asyncio.sleep((i % 7) * 0.1)
    return i * 2


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(${n})]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
`;
}

/** A producer and three consumers passing n items through a bounded queue. */
export function producerConsumer(n) {
  return `import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
    for _ in range(3):
        await queue.put(None)


async def consumer(queue, name, totals):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            break
        totals[name] = totals.get(name, 0) + item
        await asyncio.sleep(0.001)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=10)
    totals = {}
    consumers = [asyncio.create_task(consumer(queue, f"c{k}", totals)) for k in range(3)]
    await producer(queue, ${n})
    await queue.join()
    await asyncio.gather(*consumers)
    print(sorted(totals.items()))


asyncio.run(main())
`;
}

/** A gather tree of the given depth and fan-out: every inner node gathers its children. */
export function gatherTree(depth, fanout) {
  return `import asyncio


async def node(depth, fanout):
    if depth == 0:
        await asyncio.sleep(0.01)
        return 1
    counts = await asyncio.gather(*[node(depth - 1, fanout) for _ in range(fanout)])
    return sum(counts)


async def main():
    print(await node(${depth}, ${fanout}))


asyncio.run(main())
`;
}

/** About `lines` lines of varied, valid Python (functions, classes, loops, comprehensions, f-strings) to parse. */
export function bigSource(lines) {
  const header = 'import asyncio\nimport random\n\n\n';
  const block = (k) => `class Worker${k}:
    """Worker number ${k}."""

    def __init__(self, name, delay=0.${k % 10}):
        self.name = name
        self.delay = delay
        self.items = [x * ${k} for x in range(10) if x % 2 == 0]

    async def run(self, queue, *args, **kwargs):
        total = 0
        while not queue.empty():
            item = await queue.get()
            try:
                total += item["value"] if isinstance(item, dict) else int(item)
            except (ValueError, KeyError) as exc:
                print(f"{self.name}: bad item {item!r} ({exc})")
            finally:
                queue.task_done()
            await asyncio.sleep(self.delay * ${(k % 5) + 1})
        return {"name": self.name, "total": total, "ratio": total / (${k} + 1)}


async def job_${k}(n=${k}):
    results = await asyncio.gather(*(asyncio.sleep(i / 10, result=i) for i in range(n % 7)))
    return sum(r for r in results) + len({k: v for k, v in zip("abc", results)}) - (n >> 1) ** 2


`;
  let out = header;
  const perBlock = block(0).split('\n').length - 1;
  for (let k = 0; out.split('\n').length - 1 + perBlock <= lines; k++) out += block(k);
  return out;
}
