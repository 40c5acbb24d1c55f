def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return ("done", n)

g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)

def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup")
n = numbers()
print(next(n), next(n))
n.close()
print(list(n))

def delegate():
    r = yield from averager()
    print("sub returned", r)
    yield "after"
d = delegate()
next(d)
d.send(1)
print(d.send(None))
def gen_throw():
    while True:
        try:
            yield
        except KeyError as e:
            print("caught", repr(e))
t = gen_throw(); next(t)
t.throw(KeyError("k"))
t.close()
