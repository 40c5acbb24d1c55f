squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))
print("".join(c.upper() for c in "abc" if c != "b"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
print(list(take(5, fib())))
print(sorted((x % 3, x) for x in range(7)))
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(x for x in []), tuple(x for x in "hi"), set(x % 2 for x in range(5)))
