for i in range(3):
    if i == 1:
        continue
    print('i', i)
else:
    print('for else')
n = 0
while n < 10:
    n += 3
    if n == 9:
        break
else:
    print('no break')
print('n', n)
for i in []:
    pass
else:
    print('empty else')
i = 0
while True:
    i += 1
    if i >= 5:
        break
print(i)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for k, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(k, x, y)
outer_done = False
for x in range(3):
    for y in range(3):
        if x * y == 2:
            print('found', x, y)
            break
