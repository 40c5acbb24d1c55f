data = [1, 2, 0, 4]
inverse = lambda x: 1 / x
print([inverse(x) for x in data[:2]])
result = [inverse(x) for x in data]
