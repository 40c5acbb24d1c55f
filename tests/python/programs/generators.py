def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'done'
print(list(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'
e = echo()
print(next(e), e.send(1), e.send('x'))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
gen = (x * 2 for x in range(3))
print(next(gen), list(gen), list(gen))
print(next(iter([]), 'default'))
