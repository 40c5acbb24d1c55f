import functools
def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return f"hi {name}"
print(greet("bo"), greet.__name__)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def sq(x):
    return x * x
print(sq(2), sq(3), sq.calls)
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("circle")
class Circle:
    pass
@register("square")
class Square:
    pass
print(sorted(registry), registry["circle"].__name__)
def stack_a(fn):
    return lambda *a: "a(" + fn(*a) + ")"
def stack_b(fn):
    return lambda *a: "b(" + fn(*a) + ")"
@stack_a
@stack_b
def base(x):
    return str(x)
print(base(1))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(60), len(slow_fib.cache))
