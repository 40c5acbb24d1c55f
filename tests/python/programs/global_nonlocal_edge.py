counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def define_global():
    global new_name
    new_name = "created"
define_global()
print(new_name)
def outer():
    items = []
    count = 0
    def add(x):
        nonlocal count
        items.append(x)
        count += 1
    def stats():
        return count, items
    return add, stats
add, stats = outer()
add("a"); add("b")
print(stats())
def shadow():
    counter = 100
    def inner():
        return counter
    return inner()
print(shadow(), counter)
x = "global x"
class C:
    x = "class x"
    def m(self):
        return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
