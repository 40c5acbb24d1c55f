class Counter:
    count = 0
    registry = []
    def __init__(self, name):
        Counter.count += 1
        self.registry.append(name)
        self.id = Counter.count
a = Counter('a'); b = Counter('b')
print(Counter.count, a.id, b.id, Counter.registry, a.registry is b.registry)
a.count = 99
print(Counter.count, a.count, b.count)
print(vars(a), sorted(k for k in vars(Counter) if not k.startswith('__')))
class Empty: pass
e = Empty()
print(type(e).__name__, str(type(e)).startswith("<class '__main__.Empty'"), Empty.__qualname__)
def method(self): return 'patched'
Empty.m = method
print(e.m())
