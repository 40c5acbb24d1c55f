def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
print(list(zip(*a)), [list(r) for r in zip(*a)])
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
for row in ident:
    print(' '.join(str(x) for x in row))
