def read(n):
    for i in range(n):
        yield f"line {i}"
def grep(lines, pat):
    for l in lines:
        if pat in l:
            yield l
def upper(lines):
    return (l.upper() for l in lines)
for l in upper(grep(read(25), '1')):
    print(l)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (c for c in 'abcdef')))
