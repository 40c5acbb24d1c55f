funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
mult = lambda a, b=2, *rest, k=1, **kw: (a * b * k, rest, kw)
print(mult(3), mult(3, 3), mult(1, 2, 3, 4, k=5, z=6))
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
key = lambda s: (-len(s), s)
print(sorted(["bb", "a", "ccc", "dd"], key=key))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda x: x if x > 0 else -x)(-7))
print(type(key).__name__, key.__name__)
default = []
def append_to(x, acc=default):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), default)
