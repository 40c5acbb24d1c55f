def target(a, b, c=3, *args, d, e=5, **kwargs):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kwargs={kwargs}"
def forward(*args, **kwargs):
    print("forwarding", args, kwargs)
    return target(*args, **kwargs)
print(forward(1, 2, d=4))
print(forward(1, 2, 30, 40, 50, d=4, e=6, f=7))
print(forward(*[1], **{"b": 2, "d": 4}))
def wrapper(fn):
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@wrapper
def kwonly(*, x, y=2):
    return x + y
print(kwonly(x=1), kwonly(x=1, y=10))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
def collect(**kw):
    return kw
print(collect(**{"a": 1}, b=2), collect())
opts = {"sep": "-", "end": "!\n"}
print("x", "y", **opts)
args = (1, 2)
print(*args, *args)
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults(3, []))
