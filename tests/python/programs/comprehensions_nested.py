matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print({x: x ** 2 for x in range(5) if x % 2 == 0})
print({c for c in "mississippi"} == set("misp"))
print(sorted({c for c in "mississippi"}))
print({k: v for k, v in zip("abc", range(3))})
words = ["apple", "bob", "kayak", "zebra"]
print([w for w in words if w == w[::-1]])
print([(i, j) for i in range(3) for j in range(3) if i < j])
flat = [x for sub in [[1], [2, 3], []] for x in sub]
print(flat)
print([y for x in range(5) if (y := x * x) > 4])
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 7, 12)})
x = "outer"
print([x for x in range(2)], x)
print([[0] * 3 for _ in range(2)])
print([i if i % 2 else -i for i in range(6)])
