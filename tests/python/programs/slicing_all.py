s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3])
t = tuple(s)
print(t[3:6], t[::-4])
w = "abcdefgh"
print(w[1:4], w[::-1], w[::3], w[-2:], w[:0] == "", w[10:])
s[2:4] = ["a", "b", "c"]
print(s)
s[::2] = [0] * 6
print(s)
del s[1::2]
print(s)
s[:] = []
print(s)
try:
    s2 = list(range(6))
    s2[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, list(range(10))[sl], "abcdefghij"[sl])
print(slice(3), slice(None, 5).indices(10), slice(-3, None).indices(10))
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
print([1, 2, 3][1.0 if False else 1])
idx = "a"
try:
    [1, 2][idx]
except TypeError as e:
    print("TypeError:", e)
