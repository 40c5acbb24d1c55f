class BadThing(Exception):
    pass
def f(n):
    if n > 2:
        raise BadThing(f"n too big: {n}")
    f(n + 1)
f(0)
