def f(a, b=2, *, c):
    pass
tests = [lambda: f(), lambda: f(1, 2, 3, c=1), lambda: f(1), lambda: f(1, c=1, e=2), lambda: f(1, a=2, c=3)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
def g(x, y): pass
for t in [lambda: g(1), lambda: g(), lambda: g(1, 2, 3)]:
    try:
        t()
    except TypeError as e:
        print(e)
class A:
    def m(self, x): pass
try:
    A().m()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
