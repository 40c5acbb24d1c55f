class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
c = Countdown(3)
print(list(c), list(c), list(reversed(c)), sum(c), 2 in c)
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(50)
print(list(f), list(f))
it = iter(Fib(3))
print(next(it), next(it), next(it), next(it), next(it, "end"))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefg", 3)), dict(enumerate(chunks([1, 2, 3, 4], 2))))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
g = (i for i in range(3))
print(iter(g) is g, next(g), list(g))
def gen_return():
    yield 1
    return 99
gr = gen_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("StopIteration value:", e.value)
