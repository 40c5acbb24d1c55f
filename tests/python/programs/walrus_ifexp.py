data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print('big' if n > 3 else 'small', 'a' if 0 else 'b' if 1 else 'c')
i = 0
while (i := i + 1) < 3:
    print('i', i)
