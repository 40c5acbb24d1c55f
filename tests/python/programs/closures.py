def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5))
def outer():
    x = 1
    def mid():
        def inner():
            return x + 1
        return inner()
    x = 10
    return mid()
print(outer())
total = 0
def add(n):
    global total
    total += n
add(5); add(7); print(total)
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in make_adders()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
