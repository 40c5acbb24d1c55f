from functools import partial, reduce, wraps, lru_cache, cache, cmp_to_key
import functools
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
p2 = partial(power, 2)
print(p2(10), list(map(partial(power, exp=2), range(5))))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__} with {args} {kwargs}")
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b=0):
    """adds"""
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__(5))
calls = 0
@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), calls, fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
@lru_cache
def ident(x):
    return x
print(ident(3), ident(3), ident.cache_info().hits)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
