print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [(i, j) for i in range(3) for j in range(i)])
print({x: x ** 2 for x in range(4)}, {c.upper() for c in 'hello'} == set('HELO'), list(x + 1 for x in [1, 2]))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [n for row in matrix for n in row if n % 2])
x = 'outer'
r = [x for x in 'ab']
print(x, r)
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']), any(x > 3 for x in [1, 5]), all([]))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
