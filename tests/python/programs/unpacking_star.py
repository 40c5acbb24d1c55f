a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = "hello"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
(a, b), (c, *d) = (1, 2), [3, 4, 5]
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
first, second = {"k1": 1, "k2": 2}
print(first, second)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"xy",), {*[1, 1, 2]})
d = {**{"a": 1}, "b": 2, **{"a": 3}}
print(d)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
x = y = [0]
x += [1]
print(x, y)
a, b = b, a = 1, 2
print(a, b)
