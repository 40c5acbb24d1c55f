class Counter:
    count = 0
    def __init__(self, start=0):
        self.n = start
        Counter.count += 1
    def __call__(self, step=1):
        self.n += step
        return self.n
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def make(cls, n):
        return cls(n)
    @classmethod
    def instances(cls):
        return cls.count

c = Counter()
print(c(), c(), c(5), callable(c), callable(Counter.helper), callable(3))
d = Counter.make(10)
print(d(), Counter.instances(), Counter.helper(21), d.helper(1))

class Sub(Counter):
    pass
s = Sub.make(1)
print(type(s).__name__, s(), Sub.instances())

class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k
print(list(map(Adder(10), [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-1)))
