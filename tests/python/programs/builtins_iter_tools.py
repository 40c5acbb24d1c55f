names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, start=10)))
print(list(zip(names, [1, 2, 3, 4])), list(zip()), list(zip("ab", "cd", "ef")))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3], [4, 5], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(str.upper, names)), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, "done"))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum([0.1] * 10), round(sum([0.1] * 10), 2))
print(abs(-3), abs(-2.5), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(2.675, 2), round(7))
print(hex(255), oct(8), bin(10), int("ff", 16), int("0b101", 0), int(" 42 "), float("1e3"), int(3.99), int(-3.99))
print(all([]), any([]), len(range(0, 10, 3)), list(range(10, 0, -3)), range(5), range(1, 5, 2))
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(3.0, (int, type(None))), issubclass(bool, (int, str)))
print(type(None).__name__, type(range(1)).__name__, type(print).__name__, type(len).__name__)
print(ord("€"), chr(8364), ascii("é"), repr("é"), id(names) == id(names), hash("a") == hash("a"))
