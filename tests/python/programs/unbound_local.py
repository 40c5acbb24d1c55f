x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    return undefined_name
try:
    g()
except NameError as e:
    print(e)
def h():
    del y
try:
    h()
except UnboundLocalError as e:
    print(e)
