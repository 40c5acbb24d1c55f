print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, True == 1, 0.1 + 0.2 == 0.3, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(3 > 2.5, 'a' < 'b', [1, 2] < [1, 3], (1, 2) <= (1, 2), 'abc' > 'ab', [] == [], {} == {}, {1} == {1.0})
x = 5
print(0 < x <= 5, x is None, x is not None, None is None, 1 != 2, not x, not 0)
print(max(1, 2.5), min('b', 'a'), sorted([3, 1.5, 2]), 1 if x else 0)
