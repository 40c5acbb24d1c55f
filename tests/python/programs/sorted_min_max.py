people = [("amy", 31), ("bob", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(min([], default="empty"), max([], key=len, default=None), max([3, 1, 2]), min(3, 1, 2), max("abc", "abd"))
print(max([1, 5, 5, 2], key=lambda x: x == 5), min([[2], [1, 9]]), max({"a": 1, "z": 0}))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(sorted("Hello World".split(), key=str.casefold), sorted([3, 1, 2], reverse=True), sorted((2, 1)), sorted({3: "a", 1: "b"}))
print(sorted([0.5, -1, 3, True, False]), sorted(["b", "A", "a", "B"]))
nums = [5, 3, 8]
res = sorted(nums)
print(res is nums, nums, res)
