a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *middle, last = range(6)
print(first, middle, last)
*_, end = 'hello'
print(end)
h, *t = [1]
print(h, t)
for i, (k, v) in enumerate({'a': 1}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
print(*[1, 2, 3], sep=', ')
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2}, (*[1], 2))
