x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 == 5.0, 1 < 2 < 3 < 2)
print("a" < "b" < "c", [1] < [2] <= [2], None is None is not False)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(0) < noisy(5))
print(noisy(1) < noisy(2) < noisy(3))
print(3 in [1, 2, 3] in [[1, 2, 3]], 1 not in [2] == True)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
while (item := data.pop()) != 1:
    print("popped", item)
print(data, [y for v in range(6) if (y := v * 2) % 3 == 0], y)
def gen():
    yield from [1, 2, 0, 4]
it = gen()
total = 0
while (v := next(it)):
    total += v
print(total)
print((z := 10) + z, z)
