data = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3)]
print(sorted(data, key=lambda x: x[1]))
print(sorted(data, key=lambda x: x[1], reverse=True))
l = data[:]
l.sort(key=lambda x: x[0], reverse=True)
print(l)
print(sorted([3, 1, 2, 1]), sorted(['b', 'A', 'a', 'B']), sorted([1.5, 1, True, 0]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
