class P:
    pass
print(P, int, str, type(None), ValueError, type, object)
print(len, print, [].append.__name__, 'x'.upper.__name__)
def f(): pass
print(f.__name__, f.__qualname__, (lambda: 0).__name__)
class Q:
    def m(self): pass
print(Q.m.__qualname__, Q().m.__name__)
