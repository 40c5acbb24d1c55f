a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(5), a.index(5, 5), a.count(5))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a == b, b, len(a))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
print(sorted(words, key=lambda w: (len(w), w)))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
nested = [[1, 2], [3]]
shallow = nested.copy(); shallow[0].append(99)
print(nested, [1, 2] * 2, [[]] * 3, [1, 2] + [3], [1, 2, 3] > [1, 2], [2] > [1, 5])
x = [1, 2, 3]
x[1:2] = []
x += (4, 5)
x *= 2
print(x, list(reversed(x)), x[::-1] == list(reversed(x)))
