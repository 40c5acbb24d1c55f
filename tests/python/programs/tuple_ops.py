t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([1, 2]), tuple('ab'))
a, b, c = t
print(a, b, c, t.count(2), t.index(3), 2 in t, max(t), sum(t))
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = t
*init, last = t
print(first, rest, init, last)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), (1, 2) < (1, 2, 0), hash((1, 2)) == hash((1, 2)))
