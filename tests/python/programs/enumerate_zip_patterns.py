names = ['a', 'b', 'c']
scores = [90, 85, 77]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(f"{i}. {n}: {s}")
pairs = dict(zip(names, scores))
print(pairs, list(zip(*pairs.items())))
print([i for i, v in enumerate([3, 0, 5, 0]) if v == 0])
