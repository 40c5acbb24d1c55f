a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference({1}), a.symmetric_difference([5, 6]))
c = set()
c.add(5); c.update([6, 7], {8}); c.discard(99); c.remove(5)
print(c, len(c), 6 in c, sorted(c, reverse=True))
print(c.pop() in {6, 7, 8}, set(), frozenset(), frozenset([3, 1]), {frozenset([1]): "f"})
try:
    c.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
s = {10, 2, 33, 4}
s -= {2}
s |= {100}
s &= {10, 33, 100, 5}
print(s, sorted(s))
t = (1, 2, 2, 3)
print(t.count(2), t.index(3), t + (4,), t * 2, (1,) * 0, tuple(), (5,), 2 in t, len(t), t < (1, 3), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
print(set([-1, -2, 7, 1024, 3]), {0.5, 1.5}, {True, 1, 1.0})
