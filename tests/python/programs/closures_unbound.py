x = 10
def f():
    print(x)
f()
def g():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
g()
def h():
    y = 1
    def k():
        nonlocal y
        y += 1
        return y
    return k
k = h()
print(k(), k())
def maker():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
    return inner()
print(maker())
