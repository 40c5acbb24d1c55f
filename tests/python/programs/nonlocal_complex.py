def make():
    items = []
    count = 0
    def add(x):
        nonlocal count
        items.append(x)
        count += 1
        return count
    def get():
        return items, count
    return add, get
add, get = make()
add('a'); add('b')
print(get())
def gen_closure():
    x = 0
    def g():
        nonlocal x
        while True:
            x += 1
            yield x
    return g()
gg = gen_closure()
print(next(gg), next(gg))
