def f(a, b, c=1, *, d, e=2):
    pass
def g(x, /, y):
    pass
def h(*args, k):
    pass
class K:
    def m(self, x):
        pass
    @classmethod
    def c(cls, x):
        pass
    @staticmethod
    def s(x):
        pass
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=5),
    lambda: f(1, 2, d=1, a=5),
    lambda: f(1, 2, 3),
    lambda: g(x=1, y=2),
    lambda: g(1),
    lambda: h(1, 2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.c(),
    lambda: K.s(),
    lambda: K(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: int("x"),
    lambda: (lambda x: x)(),
    lambda: "a".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: f(1, 2, d=3, **{"e": 1, "zz": 2}),
    lambda: f(1, 2, *[3], d=1, c=9),
]
for i, c in enumerate(calls):
    try:
        c()
        print(i, "ok")
    except TypeError as e:
        print(i, "TypeError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
