def g():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
x = g()
print(next(x))
x.close()
print('closed')
def h():
    yield 1
    return 'ret'
y = h()
print(next(y))
try:
    next(y)
except StopIteration as e:
    print('value', e.value)
def s():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
gen = s()
next(gen)
print(gen.send(5), gen.send(10))
