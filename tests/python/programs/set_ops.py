s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(2)
print(s, len(s), 1 in s, sorted(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a.union([9]), a.intersection(b), a.difference(b), a.issubset({1, 2, 3, 5}))
print(set(), set('aab') == {'a', 'b'}, frozenset([1, 2]), len(frozenset()), {x % 3 for x in range(10)})
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
