def apply(f, *args, **kwargs):
    return f(*args, **kwargs)
print(apply(max, 1, 5, 3), apply(sorted, [3, 1], reverse=True), apply(lambda **k: k, a=1))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def deco(fn):
    def wrapper(*a, **k):
        print('calling', fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def greet(name):
    return 'hi ' + name
print(greet('x'), greet.__name__)
def repeat(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d
@repeat(3)
def one():
    return 1
print(one())
