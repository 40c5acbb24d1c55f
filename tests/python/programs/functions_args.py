def f(a, b=2, *args, c=3, d, **kw):
    return (a, b, args, c, d, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, c=5, d=6, e=7))
print(f(*[1, 2, 3], **{'d': 9, 'z': 0}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
def h(*args, **kwargs):
    return args, kwargs
print(h(), h(1, a=2), h(*'ab', **dict(k=1)))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([9]))
print((lambda x, y=10: x * y)(3), (lambda *a: sum(a))(1, 2, 3), (lambda: None)())
