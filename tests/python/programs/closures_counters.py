def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get())

total = 0
def add(x):
    global total
    total += x
add(3); add(4)
print(total)

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def adders():
    return [lambda x, n=n: x + n for n in (1, 10, 100)]
print([a(1) for a in adders()])
print(make_counter.__name__, inc.__name__, inc.__qualname__)
