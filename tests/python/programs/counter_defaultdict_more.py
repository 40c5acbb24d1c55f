from collections import Counter, defaultdict, OrderedDict, deque
inventory = Counter(apples=3, pears=1)
inventory.update({"apples": 2, "kiwis": 4})
inventory.subtract(["pears"])
print(inventory, inventory["missing"], +inventory if False else "")
print(sorted(inventory.elements()), inventory.total(), list(inventory.keys()))
c1, c2 = Counter("aabbc"), Counter("abd")
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2)
print(Counter([1, 1, 2]).most_common(1), Counter().most_common(), dict(Counter("hello")))
graph = defaultdict(set)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].add(b)
print({k: sorted(v) for k, v in graph.items()})
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
nested["x"]["z"] += 2
print({k: dict(v) for k, v in nested.items()})
dd = defaultdict(None)
try:
    dd["nope"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), list(od.items()))
dq = deque(range(5), maxlen=5)
dq.extend([5, 6])
dq.extendleft([-1])
print(dq, dq[0], dq[-1], dq.count(3), dq.index(4))
dq.rotate(2)
print(dq, len(dq), list(reversed(dq)))
dq.clear()
print(dq, bool(dq), deque("ab") == deque(["a", "b"]), deque([1, 2]) + deque([3]))
