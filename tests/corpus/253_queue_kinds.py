# checks: queue.LifoQueue, PriorityQueue, Empty and Full
import queue

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put((x, f"job{x}"))
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
small = queue.Queue(maxsize=1)
small.put_nowait("a")
print(small.full())
try:
    small.put_nowait("b")
except queue.Full:
    print("Full")
small.get_nowait()
try:
    small.get(block=False)
except queue.Empty:
    print("Empty")
